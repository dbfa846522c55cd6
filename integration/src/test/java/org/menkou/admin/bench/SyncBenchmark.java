package org.menkou.admin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.sync.SyncSettings;

/**
 * Load benchmark (not part of ./menkou test): N simulated kiosks (threads on loopback, default 300) heartbeating
 * and pulling deltas every interval (default 30 s) against one server for a while (default 120 s), with an edit
 * every second on the server; then full snapshots for new kiosks. Run with the command in docs/benchmarks.md.
 */
@Tag("benchmark")
class SyncBenchmark {
    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 300);
    private static final Duration INTERVAL = Duration.ofSeconds(Long.getLong("bench.interval", 30));
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 120));

    @TempDir
    Path dir;

    @Test
    void kioskFleetAgainstOneServer() throws Exception {
        AdminFixture f = new AdminFixture(dir.resolve("server"), INTERVAL);
        f.app.start("127.0.0.1", 0);
        URI base = URI.create("http://127.0.0.1:" + f.app.port() + "/");
        List<String> tokens = new ArrayList<>();
        String[] stations = {"wt-station-1", "wt-station-2", "wt-station-3"};
        for (int i = 0; i < KIOSKS; i++) {
            tokens.add(f.admin.kiosks().register(stations[i % 3], "bench-" + i, "bench").token());
        }
        List<Long> snapshotMicros = snapshots(base, tokens.get(0), f.store.changes().currentVersion());
        List<Long> engineSnapshotMicros = engineSnapshots(base, tokens.get(1));

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long serverCpuBefore = serverCpuNanos(threads);
        long processCpuBefore = processCpuNanos();
        Instant start = Instant.now();
        Instant end = start.plus(RUN);
        CountDownLatch done = new CountDownLatch(KIOSKS);
        for (int i = 0; i < KIOSKS; i++) {
            String token = tokens.get(i);
            long offsetMs = INTERVAL.toMillis() * i / KIOSKS;
            Thread t = new Thread(() -> {
                try {
                    simulateKiosk(base, token, start.plusMillis(offsetMs), end, latencies, failures);
                } finally {
                    done.countDown();
                }
            }, "bench-kiosk-" + i);
            t.setDaemon(true);
            t.start();
        }
        int edits = 0;
        while (Instant.now().isBefore(end)) {
            f.store.notices().save(new Notice("bench-" + (edits % 20), NoticeKind.NOTICE, "压测通知" + edits, "内容",
                    stations[edits % 3], LocalDate.now(), LocalDate.now().plusDays(1)));
            edits++;
            Thread.sleep(1000);
        }
        done.await();
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        long serverCpu = serverCpuNanos(threads) - serverCpuBefore;
        long processCpu = processCpuNanos() - processCpuBefore;
        f.app.stop();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%nBENCH kiosks=%d interval=%ds run=%.0fs requests=%d failures=%d edits=%d%n", KIOSKS,
                INTERVAL.toSeconds(), seconds, sorted.size(), failures.get(), edits);
        System.out.printf("BENCH request latency ms: median=%.2f p99=%.2f max=%.2f%n", pct(sorted, 50) / 1000.0,
                pct(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        System.out.printf("BENCH server (Jetty threads) CPU: %.1f%% of one core; whole JVM incl. simulated kiosks: %.1f%%%n",
                100.0 * serverCpu / (seconds * 1e9), 100.0 * processCpu / (seconds * 1e9));
        List<Long> snap = new ArrayList<>(snapshotMicros);
        Collections.sort(snap);
        System.out.printf("BENCH full snapshot GET (demo content, %d runs) ms: median=%.2f p99=%.2f%n", snap.size(),
                pct(snap, 50) / 1000.0, pct(snap, 99) / 1000.0);
        List<Long> engine = new ArrayList<>(engineSnapshotMicros);
        Collections.sort(engine);
        System.out.printf("BENCH new kiosk first sync incl. applying to its SQLite (%d runs) ms: median=%.2f p99=%.2f%n",
                engine.size(), pct(engine, 50) / 1000.0, pct(engine, 99) / 1000.0);
        if (failures.get() > 0) {
            throw new AssertionError(failures.get() + " requests failed");
        }
    }

    private static void simulateKiosk(URI base, String token, Instant first, Instant end, List<Long> latencies,
                                      AtomicInteger failures) {
        SyncClient client = new SyncClient(base, token);
        var json = SyncJson.strict();
        long version = 0;
        Instant next = first;
        boolean initial = true;
        while (next.isBefore(end)) {
            sleepUntil(next);
            try {
                if (!initial) {
                    long t0 = System.nanoTime();
                    client.push(new EventBatch(List.of(new KioskEvent(UUID.randomUUID().toString(), Heartbeat.TYPE,
                            Instant.now(), json.valueToTree(new Heartbeat(version, "bench", false, "none"))))));
                    latencies.add((System.nanoTime() - t0) / 1000);
                }
                long t1 = System.nanoTime();
                var page = client.content(version, 500);
                if (!initial) {
                    latencies.add((System.nanoTime() - t1) / 1000);
                }
                version = page.version();
                initial = false;
            } catch (RuntimeException e) {
                if (failures.incrementAndGet() <= 5) {
                    System.out.println("BENCH failure: " + e);
                }
            }
            next = next.plus(INTERVAL);
        }
    }

    /** Full snapshot GETs for a new kiosk (since 0), in microseconds. */
    private static List<Long> snapshots(URI base, String token, long version) {
        SyncClient client = new SyncClient(base, token);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long t0 = System.nanoTime();
            var page = client.content(0, 500);
            long micros = (System.nanoTime() - t0) / 1000;
            if (i >= 5 && page.snapshot() && page.version() >= version) {
                out.add(micros);
            }
        }
        return out;
    }

    /** A new kiosk's whole first round through the real engine into a fresh SQLite replica, in microseconds. */
    private List<Long> engineSnapshots(URI base, String token) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ContentStore replica = ContentStore.open(Database.openSqlite(dir.resolve("kiosk-" + i).resolve("menkou.db")), Clock.systemUTC());
            KioskSync sync = KioskSync.manual(replica, Outbox.open(replica.database(), Clock.systemUTC()),
                    SyncSettings.defaults(base, token, "bench", () -> new SyncSettings.VoiceReport(false, "none")),
                    Clock.systemUTC());
            long t0 = System.nanoTime();
            sync.runOnce();
            if (i >= 2) {
                out.add((System.nanoTime() - t0) / 1000);
            }
        }
        return out;
    }

    private static long serverCpuNanos(ThreadMXBean threads) {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("admin-http")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void sleepUntil(Instant t) {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
