package org.menkou.kiosk.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with full jitter: after the n-th consecutive failure the wait is uniform in
 * [base, min(cap, base·2ⁿ)]. Not thread-safe; the sync loop owns one.
 */
public final class Backoff {
    private final long baseMs;
    private final long capMs;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.baseMs = Math.max(1, base.toMillis());
        this.capMs = Math.max(baseMs, cap.toMillis());
        this.random = random;
    }

    /** Records a failure and returns how long to wait before the next try. */
    public Duration nextDelay() {
        failures = Math.min(failures + 1, 30);
        long ceiling = Math.min(capMs, baseMs << Math.min(failures, 20));
        return Duration.ofMillis(ceiling <= baseMs ? baseMs : random.nextLong(baseMs, ceiling + 1));
    }

    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
