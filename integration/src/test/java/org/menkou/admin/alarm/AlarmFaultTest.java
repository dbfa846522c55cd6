package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.alarm.FaultProxy.Fault;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.sync.SyncClient;

/**
 * Fault trials in one JVM with the real parts: a real admin server on loopback (restarted on its SQLite file), the
 * kiosk's real AlarmJournal (its own SQLite file, synchronous FULL) and AlarmSender, and a TCP proxy that breaks
 * connections. Every trial checks that the alarm reached the server exactly once and shows once on the board.
 * 210 trials: 50 server-down, 40 kiosk-restart, 60 cut-request, 60 answer-lost; ten kiosks press at once in each
 * round, so a round checks ten alarms. The real-process trials (SIGKILL of
 * the kiosk JVM, kill of the admin JVM) are in AlarmProcessIT.
 */
@Tag("integration")
@ExtendWith(LoopbackPort.Resolver.class)
class AlarmFaultTest {
    private static final Duration FAST_RETRY = Duration.ofMillis(100);

    @TempDir
    Path tmp;

    /** Kiosk side: a journal in its own file and a sender with its own client. */
    private record Kiosk(AlarmJournal journal, AlarmSender sender) {
        static Kiosk open(Path file, URI server, String token, Duration retry) {
            AlarmJournal journal = AlarmJournal.open(Database.openSqlite(file), Clock.systemUTC());
            return new Kiosk(journal, new AlarmSender(journal, new SyncClient(server, token, Duration.ofSeconds(2)), retry,
                    Clock.systemUTC()));
        }
    }

    @Test
    void serverDownWhenPressedDeliversWithinThreeSecondsOfItsReturn(LoopbackPort held) throws Exception {
        Path dir = tmp.resolve("server");
        AdminFixture first = new AdminFixture(dir);
        int port = held.port();
        first.app.start("127.0.0.1", port);
        URI url = URI.create("http://127.0.0.1:" + port);
        List<Kiosk> kiosks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String token = first.admin.kiosks().register("wt-station-1", "k" + i, "test").token();
            kiosks.add(Kiosk.open(tmp.resolve("kiosk" + i + ".db"), url, token, Duration.ofSeconds(1)));
        }
        first.app.stop();
        // Per kiosk: the sender's passes that ended with an alarm still undelivered (tries the server did not take).
        List<AtomicInteger> failedPasses = new ArrayList<>();
        for (Kiosk k : kiosks) {
            AtomicInteger failed = new AtomicInteger();
            k.sender().addListener(alarms -> {
                if (alarms.stream().anyMatch(a -> a.delivered() == null)) {
                    failed.incrementAndGet();
                }
            });
            failedPasses.add(failed);
        }
        kiosks.forEach(k -> k.sender().start());
        int trials = 0;
        try {
            for (int round = 0; round < 5; round++) {
                List<KioskAlarm> pressed = new ArrayList<>();
                List<Integer> failedBefore = failedPasses.stream().map(AtomicInteger::get).toList();
                for (Kiosk k : kiosks) {
                    pressed.add(k.journal().raise(null, "wt-station-1", null, AlarmSource.BUTTON));
                    k.sender().wake();
                }
                // The server comes back only after every kiosk tried at once and retried once while it was down.
                await("every kiosk tried twice while the server was down").atMost(Duration.ofSeconds(20))
                        .until(() -> IntStream.range(0, kiosks.size())
                                .allMatch(i -> failedPasses.get(i).get() >= failedBefore.get(i) + 2));
                AdminFixture back = new AdminFixture(dir);
                back.app.start("127.0.0.1", port);
                Instant returned = Instant.now();
                for (int i = 0; i < kiosks.size(); i++) {
                    KioskAlarm delivered = awaitDelivered(kiosks.get(i).journal(), pressed.get(i).id(), Duration.ofSeconds(5));
                    assertThat(Duration.between(returned, delivered.delivered()))
                            .as("delivered within 3 s of the server's return").isLessThanOrEqualTo(Duration.ofSeconds(3));
                    assertStoredOnce(back, pressed.get(i).id());
                    trials++;
                }
                back.app.stop();
            }
        } finally {
            kiosks.forEach(k -> k.sender().close());
        }
        assertThat(trials).isEqualTo(50);
    }

    @Test
    void alarmWrittenBeforeACrashIsDeliveredAfterRestart() throws Exception {
        AdminFixture f = new AdminFixture(tmp.resolve("server"));
        f.app.start("127.0.0.1", 0);
        try {
            URI url = URI.create("http://127.0.0.1:" + f.app.port());
            String token = f.admin.kiosks().register("wt-station-1", "k", "test").token();
            for (int trial = 0; trial < 40; trial++) {
                Path file = tmp.resolve("kiosk" + trial % 10 + ".db");
                // The press is written; the process "dies" before its sender ever runs (no close, no send).
                String id = AlarmJournal.open(Database.openSqlite(file), Clock.systemUTC()).raise(null, "wt-station-1", null, AlarmSource.BUTTON).id();
                Kiosk restarted = Kiosk.open(file, url, token, FAST_RETRY);
                restarted.sender().runOnce();
                assertThat(restarted.journal().find(id).orElseThrow().delivered()).isNotNull();
                assertStoredOnce(f, id);
            }
            assertThat(f.admin.alarms().alarms().all()).hasSize(40);
        } finally {
            f.app.stop();
        }
    }

    @Test
    void connectionCutMidRequestIsRetriedAndStoredOnce() throws Exception {
        runProxyTrials(Fault.CUT_REQUEST, 60);
    }

    @Test
    void answerLostAfterStoringIsRetriedAndStoredOnce() throws Exception {
        runProxyTrials(Fault.DROP_ANSWER, 60);
    }

    private void runProxyTrials(Fault fault, int trials) throws Exception {
        AdminFixture f = new AdminFixture(tmp.resolve("server"));
        f.app.start("127.0.0.1", 0);
        try (FaultProxy proxy = new FaultProxy(f.app.port())) {
            URI url = URI.create("http://127.0.0.1:" + proxy.port());
            List<Kiosk> kiosks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String token = f.admin.kiosks().register("wt-station-1", "k" + i, "test").token();
                kiosks.add(Kiosk.open(tmp.resolve("kiosk" + i + ".db"), url, token, FAST_RETRY));
            }
            kiosks.forEach(k -> k.sender().start());
            try {
                for (int round = 0; round < trials / kiosks.size(); round++) {
                    proxy.arm(fault, kiosks.size());
                    List<String> ids = new ArrayList<>();
                    for (Kiosk k : kiosks) {
                        ids.add(k.journal().raise(null, "wt-station-1", null, AlarmSource.BUTTON).id());
                        k.sender().wake();
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        awaitDelivered(kiosks.get(i).journal(), ids.get(i), Duration.ofSeconds(10));
                        assertStoredOnce(f, ids.get(i));
                    }
                }
            } finally {
                kiosks.forEach(k -> k.sender().close());
            }
            assertThat(proxy.faultsDone()).as("every trial really broke a connection").isEqualTo(trials);
            assertThat(f.admin.alarms().alarms().all()).hasSize(trials);
        } finally {
            f.app.stop();
        }
    }

    static KioskAlarm awaitDelivered(AlarmJournal journal, String id, Duration timeout) {
        return await("alarm " + id + " delivered").atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(() -> journal.find(id).orElseThrow(), a -> a.delivered() != null);
    }

    /** The alarm is stored once on {@code f}'s database and shows once on its board. */
    static void assertStoredOnce(AdminFixture f, String alarmId) {
        assertThat(f.admin.alarms().alarms().all().stream().filter(a -> a.alarmId().equals(alarmId)))
                .as("stored once").hasSize(1);
        assertThat(f.admin.alarms().alarms().board(null, 1000).stream().filter(a -> a.alarmId().equals(alarmId)))
                .as("shown once on the board").hasSize(1);
    }
}
