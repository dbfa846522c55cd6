package org.menkou.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Login rate limit, keyed so that nobody can lock the real owner out from another address: at most
 * {@link #MAX_FAILURES} failed logins per (username, address) and {@link #MAX_ADDRESS_FAILURES} per address (any
 * usernames) within {@link #WINDOW}. A guesser with many addresses gets {@link #MAX_FAILURES} tries per address and
 * username; the owner's own address is never throttled by someone else's.
 *
 * <p>{@link #tryAttempt} checks and records in one step, counting the attempt as failed until {@link #succeeded}
 * says otherwise, so parallel guesses cannot slip past the limit. In memory (a restart clears it). Thread-safe.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final int MAX_ADDRESS_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Admits one attempt of {@code username} from {@code address} and records it as failed, or refuses it. Returns
     * zero when admitted (the caller then checks the password and calls {@link #succeeded} if it matched), else how
     * long the caller must wait.
     */
    public synchronized Duration tryAttempt(String address, String username) {
        Instant now = Instant.now(clock);
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(q -> prune(q, now).isEmpty());
        }
        String pair = pairKey(address, username);
        String addressKey = "ip:" + address;
        Duration wait = max(waitFor(pair, MAX_FAILURES, now), waitFor(addressKey, MAX_ADDRESS_FAILURES, now));
        if (!wait.isZero() && !wait.isNegative()) {
            return wait;
        }
        failures.computeIfAbsent(pair, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey, k -> new ArrayDeque<>()).addLast(now);
        return Duration.ZERO;
    }

    /** The attempt admitted by {@link #tryAttempt} matched: forgets this pair's failures and that attempt. */
    public synchronized void succeeded(String address, String username) {
        failures.remove(pairKey(address, username));
        Deque<Instant> fromAddress = failures.get("ip:" + address);
        if (fromAddress != null) {
            fromAddress.pollLast();
        }
    }

    private Duration waitFor(String key, int max, Instant now) {
        Deque<Instant> q = failures.get(key);
        if (q == null || prune(q, now).size() < max) {
            return Duration.ZERO;
        }
        return Duration.between(now, q.peekFirst().plus(WINDOW));
    }

    private static String pairKey(String address, String username) {
        return "pair:" + address + "\n" + username;
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
