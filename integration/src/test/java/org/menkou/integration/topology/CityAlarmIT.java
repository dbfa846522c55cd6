package org.menkou.integration.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.alarm.BoardSocket;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.testing.PostgresCluster;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.sync.ServerList;
import org.menkou.kiosk.sync.SyncClient;

/**
 * The alarm path with no single point of failure, with three admin nodes (the admin jar) on one PostgreSQL: a kiosk
 * whose first node is dead raises an alarm through the second, and a board connected to the third shows it within
 * 1 s; escalation fires exactly once across the nodes, also when the leading node is SIGKILLed while it delivers;
 * a silent kiosk raises 终端离线 exactly once.
 */
@Tag("integration")
@Tag("topology")
class CityAlarmIT {
    private static final Duration ESCALATE_AFTER = Duration.ofSeconds(4);
    private final ObjectMapper json = SyncJson.strict();

    @TempDir
    Path dir;

    /** The escalation webhook: counts deliveries per alarm seq when they arrive, answers after {@code delay}. */
    private static final class Responders implements AutoCloseable {
        final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
        final CountDownLatch firstArrived = new CountDownLatch(1);
        volatile Duration delay = Duration.ZERO;
        private final HttpServer server;
        private final ExecutorService answering = Executors.newCachedThreadPool();
        private final ObjectMapper json = SyncJson.strict();

        Responders() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                long seq = json.readTree(exchange.getRequestBody()).path("seq").asLong();
                received.computeIfAbsent(seq, s -> new AtomicInteger()).incrementAndGet();
                firstArrived.countDown();
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.setExecutor(answering);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        int count(long seq) {
            return received.getOrDefault(seq, new AtomicInteger()).get();
        }

        @Override
        public void close() {
            server.stop(0);
            answering.shutdownNow();
        }
    }

    @Test
    void alarmsSurviveTheLossOfNodesAndEscalateOnce() throws Exception {
        try (CityDatabase city = CityDatabase.on(PostgresCluster.shared(), dir.resolve("setup"));
             Responders responders = new Responders()) {
            String[] options = {"--escalate-seconds", Long.toString(ESCALATE_AFTER.toSeconds()), "--heartbeat-seconds",
                    "2", "--offline-seconds", "6", "--escalation-webhook", responders.url()};
            String token = city.kioskToken("wt-station-1", "大厅");
            try (AdminProcess a = AdminProcess.start("node-a", dir.resolve("a"), city.url, options);
                 AdminProcess b = AdminProcess.start("node-b", dir.resolve("b"), city.url, options);
                 AdminProcess c = AdminProcess.start("node-c", dir.resolve("c"), city.url, options);
                 Database kioskDb = Database.openSqlite(dir.resolve("kiosk.db"))) {
                AlarmJournal journal = AlarmJournal.open(kioskDb, Clock.systemUTC());
                ServerList servers = new ServerList(List.of(URI.create(a.url()), URI.create(b.url()), URI.create(c.url())),
                        Duration.ofMinutes(1), Clock.systemUTC());
                try (AlarmSender sender = new AlarmSender(journal, new SyncClient(servers, token, Duration.ofSeconds(3),
                        SSLContext.getDefault()), Duration.ofMillis(200), Clock.systemUTC()).start()) {
                    a.kill();
                    long first = pressReachesABoardOnAnotherNode(city, journal, sender, c);
                    escalatesExactlyOnce(responders, first);
                    AdminProcess survivor = leaderKilledWhileDeliveringStillEscalatesOnce(city, responders, journal, sender,
                            List.of(b, c));
                    silentKioskRaisesOfflineOnce(city, survivor);
                }
            }
        }
    }

    /** Node A is dead: the alarm goes through B, and a board connected to C shows it within 1 s. Returns its seq. */
    private long pressReachesABoardOnAnotherNode(CityDatabase city, AlarmJournal journal, AlarmSender sender,
                                                 AdminProcess boardNode) throws Exception {
        WebClient staff = new WebClient(boardNode.port());
        staff.login("adviser", CityDatabase.PASSWORD);
        try (BoardSocket board = new BoardSocket(boardNode.port(), staff.cookie(AccessCheck.SESSION_COOKIE))) {
            KioskAlarm pressed = journal.raise(null, "wt-station-1", null, AlarmSource.BUTTON);
            long start = System.nanoTime();
            sender.wake();
            KioskAlarm delivered = await("alarm delivered").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                    .until(() -> journal.find(pressed.id()).orElseThrow(), k -> k.delivered() != null);
            long storedSeenAt = System.nanoTime();
            BoardSocket.Message live = board.await("\"kind\":\"alarm\"", Duration.ofSeconds(5));
            assertThat(live).as("the board on another node heard it").isNotNull();
            Instant heard = Instant.now().minusNanos(System.nanoTime() - live.nanos());
            Instant stored = receivedAt(city, pressed.id());
            long boardMs = Duration.between(stored, heard).toMillis();
            System.out.printf("node A dead: press -> stored through B, answer seen by the kiosk %d ms;"
                    + " stored on B -> board on C %d ms%n", (storedSeenAt - start) / 1_000_000, boardMs);
            assertThat(boardMs).as("stored on B -> board on C").isLessThan(1_000);
            assertThat(delivered.delivered()).isNotNull();
            return seqOf(city, pressed.id());
        }
    }

    private static void escalatesExactlyOnce(Responders responders, long seq) {
        await("escalated").atMost(ESCALATE_AFTER.plusSeconds(10)).until(() -> responders.count(seq) >= 1);
        await("and never again").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6))
                .until(() -> responders.count(seq) == 1);
    }

    /**
     * The webhook answers slowly; the leading node is SIGKILLed while its delivery is in flight. The survivor leads
     * within 10 s and does not escalate the alarm again; a new alarm then escalates once, through the survivor, which
     * is returned.
     */
    private AdminProcess leaderKilledWhileDeliveringStillEscalatesOnce(CityDatabase city, Responders responders,
                                                               AlarmJournal journal, AlarmSender sender,
                                                               List<AdminProcess> nodes) throws Exception {
        responders.delay = Duration.ofSeconds(5);
        KioskAlarm pressed = journal.raise(null, "wt-station-1", null, AlarmSource.KEY);
        sender.wake();
        await().atMost(Duration.ofSeconds(15)).until(() -> journal.find(pressed.id()).orElseThrow().delivered() != null);
        long seq = seqOf(city, pressed.id());
        await("delivery in flight").atMost(ESCALATE_AFTER.plusSeconds(10)).until(() -> responders.count(seq) >= 1);
        AdminProcess leader = leader(nodes).orElseThrow(() -> new AssertionError("no node leads"));
        leader.kill();
        AdminProcess survivor = nodes.stream().filter(n -> n != leader).findFirst().orElseThrow();
        long killed = System.nanoTime();
        await("the survivor leads").atMost(Duration.ofSeconds(10)).until(() -> leader(List.of(survivor)).isPresent());
        System.out.printf("leader %s killed mid-delivery -> %s leads after %d ms%n", leader.name(), survivor.name(),
                (System.nanoTime() - killed) / 1_000_000);
        await("not escalated again").during(ESCALATE_AFTER.plusSeconds(2)).atMost(ESCALATE_AFTER.plusSeconds(3))
                .until(() -> responders.count(seq) == 1);
        responders.delay = Duration.ZERO;
        KioskAlarm next = journal.raise(null, "wt-station-1", null, AlarmSource.VOICE);
        sender.wake();
        await().atMost(Duration.ofSeconds(15)).until(() -> journal.find(next.id()).orElseThrow().delivered() != null);
        escalatesExactlyOnce(responders, seqOf(city, next.id()));
        return survivor;
    }

    /** A kiosk heartbeats through {@code node} and falls silent: 终端离线 is raised once, whatever nodes run. */
    private void silentKioskRaisesOfflineOnce(CityDatabase city, AdminProcess node) throws Exception {
        String token = city.kioskToken("wt-station-2", "走廊");
        String kioskId = city.admin.kiosks().all().stream().filter(k -> k.label().equals("走廊")).findFirst()
                .orElseThrow().id();
        HttpResponse<String> beat = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.url() + KioskApiPaths.EVENTS)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(new EventBatch(List.of(new KioskEvent("heartbeat-0001", Heartbeat.TYPE, Instant.now(),
                                json.valueToTree(new Heartbeat(0, "test", false, "off")))))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(beat.statusCode()).as(beat.body()).isEqualTo(200);
        await("终端离线 raised").atMost(Duration.ofSeconds(20)).until(() -> offlineAlerts(city, kioskId) >= 1);
        await("and only once").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6))
                .until(() -> offlineAlerts(city, kioskId) == 1);
    }

    /** The node among {@code nodes} whose /health says it holds the leader lease. */
    private Optional<AdminProcess> leader(List<AdminProcess> nodes) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (AdminProcess n : nodes) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(n.url() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (json.readTree(health.body()).path("leader").asBoolean()) {
                    return Optional.of(n);
                }
            } catch (IOException e) {
                // a dead node leads nothing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static long seqOf(CityDatabase city, String alarmId) {
        return city.database.jdbi().withHandle(h -> h.createQuery("SELECT seq FROM alarm WHERE alarm_id = ?")
                .bind(0, alarmId).mapTo(Long.class).one());
    }

    /** When the node stored the alarm (its clock; the nodes and the test share this machine's). */
    private static Instant receivedAt(CityDatabase city, String alarmId) {
        return Instant.parse(city.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT received_at FROM alarm WHERE alarm_id = ?").bind(0, alarmId).mapTo(String.class).one()));
    }

    private static int offlineAlerts(CityDatabase city, String kioskId) {
        return city.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM kiosk_offline_alert WHERE kiosk_id = ?").bind(0, kioskId).mapTo(Integer.class).one());
    }
}
