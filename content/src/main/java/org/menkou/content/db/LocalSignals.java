package org.menkou.content.db;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Signals} of an embedded database, which one process uses at a time: each signal is delivered in this process,
 * in order, on one "db-signals" thread.
 */
final class LocalSignals implements OwnedSignals {
    private static final Logger log = LoggerFactory.getLogger(LocalSignals.class);
    private final SignalListeners listeners = new SignalListeners();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "db-signals");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void publish(String channel, String payload) {
        Signals.check(channel, payload);
        try {
            delivery.execute(() -> listeners.deliver(channel, payload));
        } catch (RejectedExecutionException e) {
            log.debug("signal on {} after close: dropped", channel);
        }
    }

    @Override
    public Subscription subscribe(String channel, Consumer<String> listener) {
        return listeners.add(channel, listener);
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
