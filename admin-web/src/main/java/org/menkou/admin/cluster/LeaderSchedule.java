package org.menkou.admin.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic chores that one node does for all (pruning old rows): each runs every its period on the "leader-chores"
 * thread, but only while {@link Lease#held()}. A chore that throws is logged and runs again at its next turn.
 * Add chores before {@link #start}. Thread-safe.
 */
public final class LeaderSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaderSchedule.class);

    private record Chore(String name, Duration every, Runnable work) {
    }

    private final Lease lease;
    private final List<Chore> chores = new ArrayList<>();
    private ScheduledExecutorService timer;

    public LeaderSchedule(Lease lease) {
        this.lease = lease;
    }

    /** Adds {@code work}, named {@code name} in logs, to run every {@code every} on the leading node. */
    public synchronized LeaderSchedule every(Duration every, String name, Runnable work) {
        if (timer != null) {
            throw new IllegalStateException("add chores before start");
        }
        chores.add(new Chore(name, every, work));
        return this;
    }

    /** Starts the chores, each first after one period; a second call does nothing. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leader-chores");
            t.setDaemon(true);
            return t;
        });
        for (Chore c : chores) {
            long ms = c.every().toMillis();
            timer.scheduleWithFixedDelay(() -> run(c), ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    private void run(Chore c) {
        if (!lease.held()) {
            return;
        }
        try {
            c.work().run();
        } catch (RuntimeException e) {
            log.error("chore '{}' failed; next try in {} s", c.name(), c.every().toSeconds(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
