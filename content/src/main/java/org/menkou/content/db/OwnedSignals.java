package org.menkou.content.db;

/** {@link Signals} as their {@link Database} holds them: it closes them with itself. */
interface OwnedSignals extends Signals, AutoCloseable {
    /** Stops delivering and listening; signals published afterwards are dropped. */
    @Override
    void close();
}
