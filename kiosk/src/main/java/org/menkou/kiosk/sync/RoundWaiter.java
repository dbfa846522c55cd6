package org.menkou.kiosk.sync;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Lets a caller wait, for a bounded time, until the sync round it asked for has brought the server's answer to an
 * event it just put in the outbox. The sync thread reports every finished round with {@link #roundFinished}. The
 * wait ends when the answer is there, when a whole round passed after the one asked for, when a round found the
 * server unreachable, or when the time is up. Thread-safe.
 */
public final class RoundWaiter {
    private final Object lock = new Object();
    private long rounds;
    private boolean lastRoundOnline;

    /** Tells waiting callers that a sync round ended (called on the sync thread). */
    public void roundFinished(boolean online) {
        synchronized (lock) {
            rounds++;
            lastRoundOnline = online;
            lock.notifyAll();
        }
    }

    /**
     * Runs {@code pushNow} (which starts a round) and waits at most {@code wait} until {@code answered} says true.
     * Returns early when interrupted (keeping the interrupt flag).
     */
    public void await(Runnable pushNow, BooleanSupplier answered, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            long seen = rounds;
            pushNow.run();
            while (!answered.getAsBoolean()) {
                if (rounds > seen + 1 || (rounds > seen && !lastRoundOnline)) {
                    return; // a whole round passed after ours was asked for, or the server is unreachable
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
