package org.menkou.content;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try again after failures, shared by the kiosk (sync rounds, alarm delivery) and the server (escalation
 * channels). The nominal delay after the n-th consecutive failure is {@code first·factorⁿ⁻¹}, never above {@code cap};
 * with {@code jitter} the delay is instead drawn uniformly from [{@code first}, min({@code cap}, 2·nominal)] (full
 * jitter), so that many clients failing at once do not come back at once. After {@code maxTries} tries in all the
 * caller gives up; {@link #UNLIMITED} never does. Immutable; the caller counts its consecutive failures.
 *
 * @param first    the delay after the first failure, at least 1 ms
 * @param factor   how much each further failure multiplies the nominal delay (1 = a fixed pace)
 * @param cap      the longest delay, at least {@code first}
 * @param jitter   whether delays are drawn at random (full jitter) instead of taken as they are
 * @param maxTries the tries allowed in all, the first one included; {@link #UNLIMITED} for no limit
 */
public record RetryPolicy(Duration first, int factor, Duration cap, boolean jitter, int maxTries) {
    /** {@code maxTries} of a policy that never gives up. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.toMillis() < 1 || cap.compareTo(first) < 0 || factor < 1 || maxTries < 1) {
            throw new IllegalArgumentException("a retry policy needs first >= 1 ms, cap >= first, factor >= 1, "
                    + "maxTries >= 1: " + first + ", " + factor + ", " + cap + ", " + maxTries);
        }
    }

    /** The same delay after every failure, for ever: for what must never be given up (a kiosk's alarms). */
    public static RetryPolicy every(Duration delay) {
        return new RetryPolicy(delay, 1, delay, false, UNLIMITED);
    }

    /** Delays doubling from {@code first} after each failure, without a cap; at most {@code maxTries} tries in all. */
    public static RetryPolicy doubling(Duration first, int maxTries) {
        return new RetryPolicy(first, 2, Duration.ofMillis(Long.MAX_VALUE), false, maxTries);
    }

    /**
     * Capped exponential backoff with full jitter, for ever: after the n-th consecutive failure the delay is uniform in
     * [base, min(cap, base·2ⁿ)].
     */
    public static RetryPolicy jittered(Duration base, Duration cap) {
        Duration first = base.toMillis() < 1 ? Duration.ofMillis(1) : base;
        return new RetryPolicy(first, 2, cap.compareTo(first) < 0 ? first : cap, true, UNLIMITED);
    }

    /** True when a further try may follow the {@code failures}-th consecutive failure. */
    public boolean triesAgainAfter(int failures) {
        return failures < maxTries;
    }

    /**
     * How long to wait after the {@code failures}-th consecutive failure (1 for the first); {@code random} draws the
     * jitter and is not used without it.
     */
    public Duration delayAfter(int failures, RandomGenerator random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1, not " + failures);
        }
        long firstMs = first.toMillis();
        long capMs = cap.toMillis();
        long nominal = firstMs;
        for (int n = 1; n < failures && nominal < capMs && factor > 1; n++) {
            nominal = nominal > capMs / factor ? capMs : nominal * factor;
        }
        if (!jitter) {
            return Duration.ofMillis(Math.min(nominal, capMs));
        }
        long ceiling = nominal > capMs / 2 ? capMs : Math.min(capMs, nominal * 2);
        return Duration.ofMillis(ceiling <= firstMs ? firstMs : random.nextLong(firstMs, ceiling + 1));
    }
}
