package org.menkou.admin.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.alarm.BoardProbe;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.sync.SyncClient;

/**
 * Button press → alarm visible on the board's live channel, with 300 simulated kiosks heartbeating in the background
 * (every 30 s by default, spread over the interval). A press is the kiosk's real path: AlarmJournal.raise (SQLite,
 * synchronous FULL) and AlarmSender.wake; "visible" is the board's WebSocket message. Not part of ./menkou test.
 */
@Tag("benchmark")
class AlarmBenchmark {
    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 300);
    private static final int PRESSES = Integer.getInteger("bench.presses", 200);
    private static final Duration INTERVAL = Duration.ofSeconds(Long.getLong("bench.interval", 30));

    @TempDir
    Path dir;

    @Test
    void pressToBoard() throws Exception {
        AdminFixture f = new AdminFixture(dir.resolve("server"), INTERVAL);
        f.app.start("127.0.0.1", 0);
        URI base = URI.create("http://127.0.0.1:" + f.app.port() + "/");
        ScheduledExecutorService fleet = Executors.newScheduledThreadPool(16);
        AtomicInteger beats = new AtomicInteger();
        for (int i = 0; i < KIOSKS; i++) {
            SyncClient c = new SyncClient(base, f.admin.kiosks().register("wt-station-1", "bench-" + i, "bench").token());
            fleet.scheduleAtFixedRate(() -> {
                c.push(new EventBatch(List.of(new KioskEvent(UUID.randomUUID().toString(), Heartbeat.TYPE, Instant.now(),
                        SyncJson.strict().valueToTree(new Heartbeat(0, "bench", false, "none"))))));
                beats.incrementAndGet();
            }, INTERVAL.toMillis() * i / KIOSKS, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        String token = f.admin.kiosks().register("wt-station-1", "pressing", "bench").token();
        AlarmJournal journal = AlarmJournal.open(Database.openSqlite(dir.resolve("kiosk.db")), Clock.systemUTC());
        AlarmSender sender = new AlarmSender(journal, new SyncClient(base, token, Duration.ofSeconds(3)),
                Duration.ofSeconds(1), Clock.systemUTC()).start();
        List<Long> micros = new ArrayList<>();
        try (BoardProbe board = BoardProbe.loggedIn(f.app.port(), f.admin.alarms().feed(), "adviser",
                AdminFixture.PASSWORD)) {
            Thread.sleep(INTERVAL.toMillis() / 3);
            for (int i = 0; i < PRESSES + 10; i++) {
                board.clear();
                long start = System.nanoTime();
                journal.raise(null, "wt-station-1", null, AlarmSource.BUTTON);
                sender.wake();
                long arrived = board.awaitAlarm(Duration.ofSeconds(10));
                if (i >= 10) {
                    micros.add((arrived - start) / 1000);
                }
                Thread.sleep(100);
            }
        } finally {
            sender.close();
            fleet.shutdownNow();
            f.app.stop();
        }
        Collections.sort(micros);
        System.out.printf("| press → board (live channel), %d kiosks heartbeating every %d s | %d presses | p50 %.1f ms"
                        + " | p99 %.1f ms | max %.1f ms | heartbeats during run: %d |%n", KIOSKS, INTERVAL.toSeconds(),
                micros.size(), micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 99 / 100) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0, beats.get());
    }
}
