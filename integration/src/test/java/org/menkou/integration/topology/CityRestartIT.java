package org.menkou.integration.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.testing.PostgresCluster;

/**
 * PostgreSQL restarted under load, with two admin nodes on it: kiosks keep asking for content and pressing the alarm
 * while the database goes away and comes back. No request hangs past the client's timeout (the nodes give up on a
 * database they cannot reach within seconds and answer 5xx), the nodes reconnect by themselves, and every alarm a
 * kiosk resends until it is acknowledged is stored exactly once.
 */
@Tag("integration")
@Tag("topology")
class CityRestartIT {
    private static final int KIOSKS = 12;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private final ObjectMapper json = SyncJson.strict();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void nodesRideThroughADatabaseRestartWithoutHangingOrLosingAnAlarm() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start();
             CityDatabase city = CityDatabase.on(cluster, dir.resolve("setup"))) {
            List<String> tokens = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                tokens.add(city.kioskToken("wt-station-" + (1 + k % 3), "kiosk " + k));
            }
            try (AdminProcess a = AdminProcess.start("node-a", dir.resolve("a"), city.url);
                 AdminProcess b = AdminProcess.start("node-b", dir.resolve("b"), city.url)) {
                List<AdminProcess> nodes = List.of(a, b);
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicLong slowestMs = new AtomicLong();
                AtomicInteger failedDuringRestart = new AtomicInteger();
                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
                List<Future<?>> kiosks = new ArrayList<>();
                for (int k = 0; k < KIOSKS; k++) {
                    String token = tokens.get(k);
                    AdminProcess home = nodes.get(k % 2);
                    kiosks.add(pool.submit(() -> {
                        while (running.get()) {
                            timed(slowestMs, failedDuringRestart, () -> get(home, token, KioskApiPaths.content(0, 50)));
                            String alarmId = UUID.randomUUID().toString();
                            // A kiosk resends an alarm until a node acknowledges it, whatever happens meanwhile.
                            while (!timed(slowestMs, failedDuringRestart, () -> pushAlarm(home, token, alarmId))) {
                                Thread.sleep(200);
                            }
                            acknowledged.add(alarmId);
                        }
                        return null;
                    }));
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= KIOSKS);
                int beforeRestart = acknowledged.size();
                cluster.restart();
                await("alarms flow again after the restart").atMost(Duration.ofSeconds(60))
                        .until(() -> acknowledged.size() >= beforeRestart + 2 * KIOSKS);
                running.set(false);
                for (Future<?> f : kiosks) {
                    f.get(CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
                }
                pool.shutdown();
                System.out.printf("database restart under load: %d alarms acknowledged, %d requests failed meanwhile,"
                        + " slowest request %d ms%n", acknowledged.size(), failedDuringRestart.get(), slowestMs.get());
                assertThat(slowestMs.get()).as("no request hangs past the client's timeout")
                        .isLessThan(CLIENT_TIMEOUT.toMillis());
                for (String id : acknowledged) {
                    assertThat(storedTimes(city, id)).as("alarm %s stored once", id).isEqualTo(1);
                }
                assertThat(a.alive() && b.alive()).as("both nodes survived the restart").isTrue();
            }
        }
    }

    /** A request that answers true for success; false on a 5xx or a failed connection; time counted either way. */
    private interface Call {
        boolean run() throws IOException, InterruptedException;
    }

    private static boolean timed(AtomicLong slowest, AtomicInteger failed, Call call) throws InterruptedException {
        long start = System.nanoTime();
        boolean ok;
        try {
            ok = call.run();
        } catch (IOException e) {
            ok = false;
        }
        slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        if (!ok) {
            failed.incrementAndGet();
        }
        return ok;
    }

    private boolean get(AdminProcess node, String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(CLIENT_TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return answered(r);
    }

    private boolean pushAlarm(AdminProcess node, String token, String alarmId) throws IOException, InterruptedException {
        KioskEvent alarm = new KioskEvent(alarmId, AlarmReport.TYPE, Instant.now(), json.valueToTree(
                new AlarmReport("wt-station-1", null, AlarmSource.BUTTON, null)));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.url() + KioskApiPaths.EVENTS))
                .timeout(CLIENT_TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(alarm)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        return answered(r);
    }

    /** 200: done; 5xx (the database is away): try again; anything else is a bug. */
    private static boolean answered(HttpResponse<String> r) {
        if (r.statusCode() >= 500) {
            return false;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return true;
    }

    private static int storedTimes(CityDatabase city, String alarmId) {
        return city.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM alarm WHERE alarm_id = ?")
                .bind(0, alarmId).mapTo(Integer.class).one());
    }
}
