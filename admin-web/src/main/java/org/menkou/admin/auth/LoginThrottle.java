package org.menkou.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limit: after {@link #MAX_FAILURES} failed logins within {@link #WINDOW} from one address, or for one
 * username, further attempts are refused until the window has passed. In memory (a restart clears it). Thread-safe.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or zero when it may try now. */
    public Duration waitFor(String address, String username) {
        Instant now = Instant.now(clock);
        return max(waitFor("ip:" + address, now), waitFor("user:" + username, now));
    }

    public void failed(String address, String username) {
        Instant now = Instant.now(clock);
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
        record("ip:" + address, now);
        record("user:" + username, now);
    }

    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, q) -> {
            Deque<Instant> d = q == null ? new ArrayDeque<>() : prune(q, now);
            d.addLast(now);
            return d;
        });
    }

    private Duration waitFor(String key, Instant now) {
        Deque<Instant> q = failures.computeIfPresent(key, (k, d) -> prune(d, now));
        if (q == null || q.size() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        return Duration.between(now, q.peekFirst().plus(WINDOW));
    }

    private static Deque<Instant> prune(Deque<Instant> q, Instant now) {
        while (!q.isEmpty() && !q.peekFirst().plus(WINDOW).isAfter(now)) {
            q.pollFirst();
        }
        return q;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
