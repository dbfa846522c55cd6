package org.menkou.content.db;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Wake-ups between the processes that share one database (several admin nodes on one database server): a short text
 * published on a named channel reaches every subscriber of that channel in every process on the database, the
 * publishing process included. On an embedded database (one process) delivery stays in the process.
 *
 * <p>Best effort: a signal is lost while a process cannot reach the database (it reconnects by itself) and one
 * published before a subscription is registered is not delivered, so a subscriber also re-reads what it watches now
 * and then. A payload carries no personal data: it may pass through the database server's logs. Thread-safe; the
 * {@link Database} that hands it out closes it.
 */
public interface Signals {
    /** The longest payload, in characters. */
    int MAX_PAYLOAD = 1_000;

    /** A channel's name: a lower-case letter, then lower-case letters, digits or '_', at most 63 in all. */
    Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** A subscription; closing it stops the calls to its listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Sends {@code payload} to every subscriber of {@code channel}. Returns once the database took it (one round trip
     * to a database server) or could not; a failure is logged, never thrown, since subscribers catch up by reading.
     *
     * @param channel a name matching {@link #CHANNEL}
     * @param payload at most {@link #MAX_PAYLOAD} characters
     * @throws IllegalArgumentException for a bad channel name or payload
     */
    void publish(String channel, String payload);

    /**
     * Calls {@code listener} with each payload published on {@code channel} once the subscription is registered
     * (at once in process; within a fraction of a second on a database server). Calls come on the signals' own
     * thread, one at a time: the listener returns quickly and does not throw.
     *
     * @param channel a name matching {@link #CHANNEL}
     */
    Subscription subscribe(String channel, Consumer<String> listener);

    /** Checks a channel name and a payload as {@link #publish} requires them. */
    static void check(String channel, String payload) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a signal channel name: " + channel);
        }
        if (payload != null && payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a signal's payload has at most " + MAX_PAYLOAD + " characters");
        }
    }
}
