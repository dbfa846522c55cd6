package org.menkou.kiosk.background;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one pass of some work again and again on a daemon thread of its own: the first pass at once after
 * {@link #start()}, each next one when the delay the previous pass returned has passed or {@link #wake()} was called,
 * whichever comes first. {@link #close()} stops the loop and waits for its thread.
 *
 * <p>Threads: every pass runs on the loop's thread, named at construction, one pass at a time. {@link #wake()} and
 * {@link #wakePending()} may be called from any thread and return at once; {@link #close()} may be called from any
 * thread, the loop's own included, and returns once the thread has ended, or after the join timeout. Without
 * {@link #start()} nothing runs and {@link #close()} returns at once (a caller may then run passes itself).
 *
 * <p>Wake-ups: any number of {@link #wake()} calls before the next pass starts count as one; that pass is told it was
 * woken. A long pass may look at {@link #wakePending()} to cut itself short so the next pass starts sooner.
 *
 * <p>Failures: a pass handles its own and returns when to run next. A RuntimeException that escapes a pass is logged,
 * and the next pass follows after {@link #AFTER_ESCAPED_FAILURE}. An interrupt of the loop's thread ends the loop.
 */
public final class BackgroundLoop implements AutoCloseable {
    /** The wait after a pass that let a RuntimeException escape. */
    public static final Duration AFTER_ESCAPED_FAILURE = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

    /** One pass of the work. */
    @FunctionalInterface
    public interface Pass {
        /**
         * Runs once, on the loop's thread, and returns how long to wait before the next pass unless woken.
         *
         * @param woken true when {@link #wake()} started this pass; false for the first pass and after a full wait
         */
        Duration run(boolean woken);
    }

    private final String threadName;
    private final Duration joinTimeout;
    private final Pass pass;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopping;
    private Thread thread;

    /**
     * @param threadName  the name of the loop's thread, e.g. {@code kiosk-sync}
     * @param joinTimeout how long {@link #close()} waits for a pass in progress to end
     * @param pass        the work of one pass
     */
    public BackgroundLoop(String threadName, Duration joinTimeout, Pass pass) {
        this.threadName = Objects.requireNonNull(threadName, "threadName");
        this.joinTimeout = Objects.requireNonNull(joinTimeout, "joinTimeout");
        this.pass = Objects.requireNonNull(pass, "pass");
    }

    /** Starts the loop's thread; the first pass runs at once. Once only. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException(threadName + " is started already");
        }
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the next pass now instead of after the wait, or right after the pass in progress. */
    public void wake() {
        wake.release();
    }

    /** True when a wake-up arrived that the next pass has not taken yet. */
    public boolean wakePending() {
        return wake.availablePermits() > 0;
    }

    /** Stops the loop: no pass starts after this; waits up to the join timeout for the one in progress. */
    @Override
    public void close() {
        stopping = true;
        wake.release();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(joinTimeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        boolean woken = false;
        while (!stopping) {
            Duration wait;
            try {
                wait = pass.run(woken);
            } catch (RuntimeException e) {
                wait = AFTER_ESCAPED_FAILURE;
                log.error("{}: a pass failed; the next in {} ms", threadName, wait.toMillis(), e);
            }
            try {
                woken = wake.tryAcquire(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
