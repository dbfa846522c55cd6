package org.menkou.admin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.alarm.AlarmSettings;
import org.menkou.admin.alarm.BoardFeed;
import org.menkou.admin.alarm.BoardProbe;
import org.menkou.admin.alarm.channel.WebhookChannel;
import org.menkou.admin.auth.LoginThrottle;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.AdminNode;
import org.menkou.admin.testing.SharedDatabase;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.testing.PostgresCluster;
import org.menkou.content.testing.TestDatabases;

/**
 * What two admin nodes on one database behind a balancer without sticky sessions must do, over real HTTP on
 * loopback: a failed login on one throttles the other, one node leads and another takes over when it stops, escalation
 * and 终端离线 happen once across the nodes, and a board on one node hears of an alarm posted through the other.
 *
 * <p>Runs on SQLite and, in the build's PostgreSQL run, on PostgreSQL. There a board hears within a second (NOTIFY and
 * LISTEN); on SQLite each node's signals stay in its process, so a board hears of the other node's alarms by the
 * change marker its feed reads every {@link BoardFeed#POLL_EVERY}: the fallback for lost signals, tested on its own.
 */
@Tag("integration")
class TwoNodesTest {
    /** How long a second escalation is awaited in vain: 15 of the watch's checks and several channel retries. */
    private static final Duration NO_SECOND = Duration.ofMillis(1_500);
    @TempDir
    Path tmp;
    private final List<AdminNode> nodes = new ArrayList<>();
    private final Map<String, AtomicInteger> escalated = new ConcurrentHashMap<>();
    private HttpServer receiver;
    private SharedDatabase shared;

    /** The longest a board on one node may wait for an alarm posted through the other. */
    private Duration boardWakeUp() {
        return shared.server() ? Duration.ofSeconds(1) : BoardFeed.POLL_EVERY.plusMillis(1_500);
    }

    @AfterEach
    void stopAll() {
        nodes.forEach(AdminNode::close);
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** Starts a node with 2 s to escalation (through the test's webhook), 1 s to 终端离线, checks every 100 ms. */
    AdminNode node(String name) throws Exception {
        if (receiver == null) {
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            receiver.createContext("/hook", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                escalated.computeIfAbsent(SyncJson.lenient().readTree(body).get("alarmId").asText(),
                        k -> new AtomicInteger()).incrementAndGet();
                ex.sendResponseHeaders(204, -1);
                ex.close();
            });
            receiver.start();
        }
        AlarmSettings alarms = AlarmSettings.defaults().withEscalateAfter(Duration.ofSeconds(2))
                .withOfflineAfter(Duration.ofSeconds(1)).withChecks(Duration.ofMillis(100))
                .withChannels(List.of(new WebhookChannel(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort()
                        + "/hook"), SyncJson.strict())), 3, Duration.ofMillis(200));
        if (shared == null) {
            shared = SharedDatabase.create(tmp);
        }
        AdminNode node = AdminNode.start(shared.open(), tmp.resolve(name), alarms);
        nodes.add(node);
        return node;
    }

    private AdminNode leader(Duration within) {
        await("one node leads").atMost(within)
                .until(() -> nodes.stream().filter(n -> n.running() && n.admin.lease().held()).count() == 1);
        return nodes.stream().filter(n -> n.running() && n.admin.lease().held()).findFirst().orElseThrow();
    }

    @Test
    @Timeout(120)
    void failedLoginsOnOneNodeThrottleTheOther() throws Exception {
        AdminNode a = node("a");
        AdminNode b = node("b");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            AdminNode through = i % 2 == 0 ? a : b;
            assertThat(new WebClient(through.port()).login("boss", "wrong-guess-" + i).statusCode())
                    .as("guess " + i).isEqualTo(401);
        }
        assertThat(new WebClient(a.port()).login("boss", AdminFixture.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(new WebClient(b.port()).login("boss", AdminFixture.PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    @Timeout(120)
    void oneNodeLeadsAndAnotherTakesOverWithinTenSecondsWhenItStops() throws Exception {
        node("a");
        node("b");
        AdminNode first = leader(Duration.ofSeconds(10));
        AdminNode other = nodes.stream().filter(n -> n != first).findFirst().orElseThrow();
        assertThat(first.kiosk().health()).contains("\"node\":\"" + first.admin.lease().node() + "\"").contains("\"leader\":true");
        assertThat(other.kiosk().health()).contains("\"leader\":false");
        long stopped = System.nanoTime();
        first.stop();
        assertThat(leader(Duration.ofSeconds(10))).isSameAs(other);
        System.out.printf("two nodes: the other node led %d ms after the leader stopped%n",
                (System.nanoTime() - stopped) / 1_000_000);
        assertThat(other.kiosk().health()).contains("\"leader\":true");
    }

    @Test
    @Timeout(120)
    void aLeaderThatDiesWithoutGivingUpTheLeaseIsReplacedWithinTenSeconds() throws Exception {
        node("a");
        node("b");
        AdminNode first = leader(Duration.ofSeconds(10));
        AdminNode other = nodes.stream().filter(n -> n != first).findFirst().orElseThrow();
        long died = System.nanoTime();
        first.db.close();
        await("the first stops leading").atMost(Lease.TTL).until(() -> !first.admin.lease().held());
        long stoppedLeading = System.nanoTime();
        await("the other leads").atMost(Duration.ofSeconds(10)).until(() -> other.admin.lease().held());
        assertThat(first.admin.lease().held()).isFalse();
        System.out.printf("two nodes: the leader stopped leading %d ms after it lost its database, the other led %d ms"
                + " after that%n", (stoppedLeading - died) / 1_000_000, (System.nanoTime() - stoppedLeading) / 1_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - died)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(120)
    void eachAlarmEscalatesOnceAcrossTheNodesAndAcrossAChangeOfLeader() throws Exception {
        node("a");
        node("b");
        AdminNode first = leader(Duration.ofSeconds(10));
        AdminNode other = nodes.stream().filter(n -> n != first).findFirst().orElseThrow();
        String token = first.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        String viaOther = other.kiosk().alarm(token);
        await("escalated by the leader").atMost(Duration.ofSeconds(15)).until(() -> escalated.containsKey(viaOther));
        String beforeChange = first.kiosk().alarm(token);
        first.stop();
        await("each escalated once, the second by the new leader").during(NO_SECOND).atMost(NO_SECOND.plusSeconds(20))
                .until(() -> escalated.keySet().equals(Set.of(viaOther, beforeChange))
                        && escalated.values().stream().allMatch(n -> n.get() == 1));
        assertThat(other.admin.lease().held()).isTrue();
        assertThat(other.admin.alarms().alarms().all()).allSatisfy(x -> assertThat(x.escalatedAt()).isNotNull());
    }

    @Test
    @Timeout(120)
    void aSilentKioskRaisesOfflineOnceEvenWhenBothNodesReviewAtOnce() throws Exception {
        AdminNode a = node("a");
        AdminNode b = node("b");
        String token = a.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        b.kiosk().heartbeat(token);
        await("终端离线 raised by the leader").atMost(Duration.ofSeconds(15))
                .until(() -> a.admin.alarms().supervision().openAlerts(null).size() == 1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> reviews = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                reviews.add(both.submit(() -> a.admin.alarms().watch().check()));
                reviews.add(both.submit(() -> b.admin.alarms().watch().check()));
            }
            for (Future<?> r : reviews) {
                r.get();
            }
        } finally {
            both.shutdown();
        }
        assertThat(b.admin.alarms().supervision().openAlerts(null)).hasSize(1);
        int raised = a.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kiosk_offline_alert")
                .mapTo(Integer.class).one());
        assertThat(raised).as("raised exactly once").isEqualTo(1);
    }

    @Test
    @Timeout(180)
    @EnabledIfSystemProperty(named = TestDatabases.VENDOR_PROPERTY, matches = "postgres")
    void boardsHearTheOtherNodeAgainWithinASecondAfterThePostgresServerRestarted() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start()) {
            shared = SharedDatabase.on(cluster, tmp);
            AdminNode a = node("a");
            AdminNode b = node("b");
            String token = a.admin.kiosks().register("wt-station-1", "大厅", "test").token();
            try (BoardProbe board = BoardProbe.loggedIn(b.port(), b.admin.alarms().feed(), "adviser", AdminFixture.PASSWORD)) {
                a.kiosk().alarm(token);
                board.awaitAlarm(Duration.ofSeconds(5));
                cluster.restart();
                long restarted = System.nanoTime();
                await("an alarm through one node on the other's board within 1 s, by signal again")
                        .atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                            board.clear();
                            long posted = System.nanoTime();
                            try {
                                a.kiosk().alarm(token);
                            } catch (IllegalStateException e) {
                                return false;
                            }
                            OptionalLong heard = board.nextAlarm(Duration.ofSeconds(1));
                            return heard.isPresent() && heard.getAsLong() - posted < 1_000_000_000L;
                        });
                System.out.printf("two nodes: boards heard by signal again %d ms after the PostgreSQL restart%n",
                        (System.nanoTime() - restarted) / 1_000_000);
            } finally {
                nodes.forEach(AdminNode::close);
                nodes.clear();
            }
        }
    }

    @Test
    @Timeout(120)
    void anAlarmPostedThroughOneNodeReachesABoardOnTheOther() throws Exception {
        AdminNode a = node("a");
        AdminNode b = node("b");
        String token = a.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        try (BoardProbe board = BoardProbe.loggedIn(b.port(), b.admin.alarms().feed(), "adviser", AdminFixture.PASSWORD)) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                board.clear();
                long posted = System.nanoTime();
                a.kiosk().alarm(token);
                millis.add((board.awaitAlarm(boardWakeUp().plusSeconds(5)) - posted) / 1_000_000);
            }
            System.out.printf("two nodes: alarm posted through one node → board on the other in %s ms%n", millis);
            assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(boardWakeUp().toMillis()));
        }
    }
}
