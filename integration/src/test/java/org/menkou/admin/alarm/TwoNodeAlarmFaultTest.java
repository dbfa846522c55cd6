package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.alarm.FaultProxy.Fault;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SharedDatabase;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.content.testing.PostgresCluster;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.sync.ServerList;
import org.menkou.kiosk.sync.SyncClient;

/**
 * The 210 alarm fault trials of {@link AlarmFaultTest} against two admin nodes sharing one PostgreSQL database (each
 * with its own connections, as two processes): kiosks know both nodes, node A first. 50 with node A
 * down when pressed, 40 kiosk restarts, 60 requests to node A cut mid-way, 60 answers from node A lost after it
 * stored the alarm. Every trial: the alarm is stored exactly once and shows once on the board, whichever node took it.
 */
@Tag("integration")
@Tag("topology")
@ExtendWith(LoopbackPort.Resolver.class)
class TwoNodeAlarmFaultTest {
    private static final Duration FAST_RETRY = Duration.ofMillis(100);
    private static final int KIOSKS = 10;

    @TempDir
    Path tmp;

    private final List<Database> opened = new ArrayList<>();
    private SharedDatabase shared;
    private AdminFixture nodeB;

    private record Kiosk(AlarmJournal journal, AlarmSender sender) {
    }

    @BeforeEach
    void startNodeB() {
        shared = SharedDatabase.on(PostgresCluster.shared(), tmp);
        nodeB = node("b");
        nodeB.app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stopNodes() {
        nodeB.app.stop();
        opened.forEach(Database::close);
    }

    private AdminFixture node(String name) {
        Database db = shared.open();
        opened.add(db);
        return new AdminFixture(tmp.resolve("node-" + name), db);
    }

    /** A kiosk whose servers are {@code first} then node B; it asks {@code first} first on every call. */
    private Kiosk kiosk(int i, URI first, String token) throws Exception {
        Database file = Database.openSqlite(tmp.resolve("kiosk" + i + ".db"));
        opened.add(file);
        AlarmJournal journal = AlarmJournal.open(file, Clock.systemUTC());
        ServerList servers = new ServerList(List.of(first, URI.create("http://127.0.0.1:" + nodeB.app.port())),
                Duration.ZERO, Clock.systemUTC());
        return new Kiosk(journal, new AlarmSender(journal, new SyncClient(servers, token, Duration.ofSeconds(2),
                SSLContext.getDefault()), FAST_RETRY, Clock.systemUTC()));
    }

    @Test
    void nodeADownWhenPressedDeliversThroughNodeB(LoopbackPort held) throws Exception {
        URI nodeA = held.httpUrl();
        List<Kiosk> kiosks = new ArrayList<>();
        for (int i = 0; i < KIOSKS; i++) {
            kiosks.add(kiosk(i, nodeA, nodeB.admin.kiosks().register("wt-station-1", "k" + i, "test").token()));
        }
        kiosks.forEach(k -> k.sender().start());
        int trials = 0;
        try {
            for (int round = 0; round < 5; round++) {
                List<String> ids = new ArrayList<>();
                for (Kiosk k : kiosks) {
                    ids.add(k.journal().raise(null, "wt-station-1", null, AlarmSource.BUTTON).id());
                    k.sender().wake();
                }
                for (int i = 0; i < KIOSKS; i++) {
                    AlarmFaultTest.awaitDelivered(kiosks.get(i).journal(), ids.get(i), Duration.ofSeconds(10));
                    assertStoredOnce(ids.get(i));
                    trials++;
                }
            }
        } finally {
            kiosks.forEach(k -> k.sender().close());
        }
        assertThat(trials).isEqualTo(50);
    }

    @Test
    void alarmWrittenBeforeACrashIsDeliveredOnceAfterRestart(LoopbackPort held) throws Exception {
        String token = nodeB.admin.kiosks().register("wt-station-1", "k", "test").token();
        for (int trial = 0; trial < 40; trial++) {
            Kiosk crashed = kiosk(trial % KIOSKS, held.httpUrl(), token);
            String id = crashed.journal().raise(null, "wt-station-1", null, AlarmSource.BUTTON).id();
            Kiosk restarted = kiosk(trial % KIOSKS, held.httpUrl(), token);
            restarted.sender().runOnce();
            assertThat(restarted.journal().find(id).orElseThrow().delivered()).isNotNull();
            assertStoredOnce(id);
        }
    }

    @Test
    void requestsToNodeACutMidWayAreStoredOnce() throws Exception {
        runProxyTrials(Fault.CUT_REQUEST, 60);
    }

    @Test
    void answersFromNodeALostAfterStoringAreStoredOnce() throws Exception {
        runProxyTrials(Fault.DROP_ANSWER, 60);
    }

    /** Node A behind a proxy that breaks one push per kiosk each round; the kiosks' resends may go to either node. */
    private void runProxyTrials(Fault fault, int trials) throws Exception {
        AdminFixture a = node("a");
        a.app.start("127.0.0.1", 0);
        try (FaultProxy proxy = new FaultProxy(a.app.port())) {
            List<Kiosk> kiosks = new ArrayList<>();
            for (int i = 0; i < KIOSKS; i++) {
                String token = nodeB.admin.kiosks().register("wt-station-1", "k" + i, "test").token();
                kiosks.add(kiosk(i, URI.create("http://127.0.0.1:" + proxy.port()), token));
            }
            kiosks.forEach(k -> k.sender().start());
            try {
                for (int round = 0; round < trials / KIOSKS; round++) {
                    proxy.arm(fault, KIOSKS);
                    List<String> ids = new ArrayList<>();
                    for (Kiosk k : kiosks) {
                        ids.add(k.journal().raise(null, "wt-station-1", null, AlarmSource.BUTTON).id());
                        k.sender().wake();
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        AlarmFaultTest.awaitDelivered(kiosks.get(i).journal(), ids.get(i), Duration.ofSeconds(10));
                        assertStoredOnce(ids.get(i));
                    }
                }
            } finally {
                kiosks.forEach(k -> k.sender().close());
            }
            assertThat(proxy.faultsDone()).as("every trial really broke a connection").isEqualTo(trials);
            assertThat(nodeB.admin.alarms().alarms().all()).hasSize(trials);
        } finally {
            a.app.stop();
        }
    }

    private void assertStoredOnce(String alarmId) {
        AlarmFaultTest.assertStoredOnce(nodeB, alarmId);
    }
}
