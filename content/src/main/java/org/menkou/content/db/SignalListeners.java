package org.menkou.content.db;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The subscribers of each channel, shared by the {@link Signals} implementations. Thread-safe. */
final class SignalListeners {
    private static final Logger log = LoggerFactory.getLogger(SignalListeners.class);
    private final Map<String, List<Consumer<String>>> byChannel = new ConcurrentHashMap<>();

    Signals.Subscription add(String channel, Consumer<String> listener) {
        Signals.check(channel, null);
        if (listener == null) {
            throw new IllegalArgumentException("a subscription needs a listener");
        }
        List<Consumer<String>> listeners = byChannel.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The channels anyone subscribed to so far (a channel stays here after its last subscription closed). */
    Set<String> channels() {
        return Set.copyOf(byChannel.keySet());
    }

    /** Calls each listener of {@code channel} on the caller's thread; a listener that throws is logged and skipped. */
    void deliver(String channel, String payload) {
        for (Consumer<String> listener : byChannel.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.error("a listener of signal channel {} failed", channel, e);
            }
        }
    }
}
