package org.menkou.admin.bench.fleet;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One notice saved per second through the admin site's notice editor (first 20 new notices for every station, then
 * edits of them in turn), so that kiosks' deltas are not empty. Runs on its own thread until closed.
 */
public final class NoticeEdits implements AutoCloseable {
    private static final int NOTICES = 20;
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            KioskFleet.daemon("bench-edits"));

    /** Starts saving on {@code site}, logged in as staff who may edit notices for every station. */
    public NoticeEdits(AdminSite site) {
        AtomicInteger next = new AtomicInteger();
        thread.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            boolean ok = site.saveNotice(n < NOTICES, "fleet-bench-" + (n % NOTICES), "压测通知" + n);
            (ok ? saved : refused).incrementAndGet();
        }, 0, 1, TimeUnit.SECONDS);
    }

    /** Notices saved so far. */
    public int saved() {
        return saved.get();
    }

    /** Saves the site refused so far. */
    public int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
