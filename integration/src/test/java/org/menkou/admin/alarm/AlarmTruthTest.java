package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.alarm.channel.WebhookChannel;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmCancel;
import org.menkou.content.protocol.AlarmEnding;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.EscalationState;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.sync.SyncClient;

/**
 * What the centre tells and shows about an alarm is true: escalation only once a channel really sent, the time
 * elapsed since the press, the source and the kiosk, and an acknowledgement reaching the kiosk's journal (which its
 * alarm page shows) fast. Real server on loopback, the kiosk's real journal and sender.
 */
@Tag("integration")
class AlarmTruthTest {
    @TempDir
    Path tmp;

    private HttpServer webhook(int status) throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        return receiver;
    }

    private AdminApp escalatingAdmin(Path dir, HttpServer receiver) {
        ContentStore store = ContentStore.open(TestDatabases.server(dir), Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, java.time.LocalDate.now());
        AdminApp admin = new AdminApp(store, new AdminSettings(dir, Duration.ofSeconds(30), false, 4, 5_000,
                Clock.systemUTC()));
        admin.users().create("adviser", "顾问乙", Role.ADVISOR, null, AdminFixture.PASSWORD, false);
        return admin.withAlarmSettings(AlarmSettings.defaults().withEscalateAfter(Duration.ofMillis(300))
                .withChecks(Duration.ofMillis(100)).withChannels(List.of(new WebhookChannel(URI.create(
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), SyncJson.strict())),
                        2, Duration.ofMillis(50)));
    }

    /** Escalates one alarm through a webhook answering {@code status}; returns what the kiosk's journal then says. */
    private KioskAlarm escalateThrough(int status, EscalationState expected, String boardSays) throws Exception {
        HttpServer receiver = webhook(status);
        Path dir = tmp.resolve("server-" + status);
        AdminApp admin = escalatingAdmin(dir, receiver);
        var app = admin.create().start("127.0.0.1", 0);
        try {
            String token = admin.kiosks().register("wt-station-1", "大厅", "test").token();
            SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + app.port()), token, Duration.ofSeconds(3));
            AlarmJournal journal = AlarmJournal.open(Database.openSqlite(dir.resolve("kiosk.db")), Clock.systemUTC());
            AlarmSender sender = new AlarmSender(journal, client, AlarmSender.POLL_EVERY, Clock.systemUTC());
            KioskAlarm alarm = journal.raise(null, null, null, AlarmSource.BUTTON);
            sender.runOnce();
            // Settled: the kiosk is told the expected state and every channel has finished trying (the state reads
            // FAILED for a moment after the escalation is marked and before its first try is recorded).
            await("the escalation settles as " + expected).atMost(Duration.ofSeconds(10))
                    .until(() -> client.alarm(alarm.id()).escalation() == expected && channelsFinished(admin));
            sender.runOnce();
            WebClient advisor = new WebClient(app.port());
            advisor.login("adviser", AdminFixture.PASSWORD);
            assertThat(advisor.get("/alarms/rows").body()).contains(boardSays);
            return journal.find(alarm.id()).orElseThrow();
        } finally {
            app.stop();
            receiver.stop(0);
        }
    }

    /** True when the escalation of the one alarm on {@code admin} was tried and no channel is still trying. */
    private static boolean channelsFinished(AdminApp admin) {
        long seq = admin.alarms().alarms().all().get(0).seq();
        List<DeliveryState> states = admin.alarms().alarms().deliveries(seq).stream().map(AlarmRepository.Delivery::state).toList();
        return !states.isEmpty() && !states.contains(DeliveryState.SENDING);
    }

    @Test
    void theKioskHearsOfAnEscalationOnlyWhenAChannelReallySentIt() throws Exception {
        assertThat(escalateThrough(500, EscalationState.FAILED, "升级通知没有发出").escalated())
                .as("every try failed: the kiosk must not say 已通知更多工作人员").isFalse();
        assertThat(escalateThrough(204, EscalationState.SENT, "已升级通知").escalated()).as("delivered").isTrue();
    }

    @Test
    void theBoardCountsFromThePressAndNamesTheSourceAndTheKiosk() throws Exception {
        AdminFixture f = new AdminFixture(tmp.resolve("server"));
        f.app.start("127.0.0.1", 0);
        try {
            String token = f.admin.kiosks().register("wt-station-1", "大厅", "test").token();
            String kioskId = f.admin.kiosks().all().get(0).id();
            SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + f.app.port()), token, Duration.ofSeconds(3));
            // Pressed five minutes ago at a kiosk that could not reach the centre until now.
            client.push(new EventBatch(List.of(new KioskEvent("a-late-1", AlarmReport.TYPE,
                    Instant.now().minus(Duration.ofMinutes(5)), SyncJson.strict().valueToTree(
                            new AlarmReport("wt-station-1", null, AlarmSource.VOICE, kioskId))))));
            // A kiosk from before the enum sends its source in lower case.
            client.push(new EventBatch(List.of(new KioskEvent("a-old-kiosk", AlarmReport.TYPE, Instant.now(),
                    SyncJson.strict().createObjectNode().put("source", "button")))));

            Alarm late = f.admin.alarms().alarms().find(kioskId, "a-late-1").orElseThrow();
            assertThat(late.source()).isEqualTo(AlarmSource.VOICE);
            assertThat(late.kioskId()).isEqualTo(kioskId);
            assertThat(f.admin.alarms().alarms().find(kioskId, "a-old-kiosk").orElseThrow().source())
                    .isEqualTo(AlarmSource.BUTTON);
            client.push(new EventBatch(List.of(new KioskEvent(AlarmCancel.eventId("a-old-kiosk"), AlarmCancel.TYPE,
                    Instant.now(), SyncJson.strict().valueToTree(new AlarmCancel("a-old-kiosk", AlarmEnding.CONFIRMED_CHOICE))))));
            assertThat(f.admin.alarms().alarms().find(kioskId, "a-old-kiosk").orElseThrow().closedBy())
                    .as("the board says how it was ended").contains("终端上确认结束").doesNotContain("密码");

            WebClient advisor = new WebClient(f.app.port());
            advisor.login("adviser", AdminFixture.PASSWORD);
            String rows = advisor.get("/alarms/rows").body();
            String lateRow = rows.substring(rows.indexOf("a-late-1"));
            lateRow = lateRow.substring(0, lateRow.indexOf("</tr>"));
            assertThat(lateRow).contains("大厅（" + kioskId + "）", "来源：语音").containsPattern("5 分 \\d+ 秒");
        } finally {
            f.app.stop();
        }
    }

    @Test
    void anAcknowledgementOnTheBoardReachesTheKioskWithinTwoSeconds() throws Exception {
        AdminFixture f = new AdminFixture(tmp.resolve("server"));
        f.app.start("127.0.0.1", 0);
        AlarmJournal journal = AlarmJournal.open(Database.openSqlite(tmp.resolve("kiosk.db")), Clock.systemUTC());
        String token = f.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        try (AlarmSender sender = new AlarmSender(journal, new SyncClient(URI.create("http://127.0.0.1:" + f.app.port()),
                token, Duration.ofSeconds(3)), AlarmSender.POLL_EVERY, Clock.systemUTC()).start()) {
            AtomicInteger passesSinceSent = new AtomicInteger();
            sender.addListener(alarms -> {
                if (alarms.stream().anyMatch(a -> a.phase() == KioskAlarm.Phase.SENT)) {
                    passesSinceSent.incrementAndGet();
                }
            });
            KioskAlarm alarm = journal.raise(null, "wt-station-1", null, AlarmSource.KEY);
            sender.wake();
            await("the alarm is on the board").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> journal.find(alarm.id()).orElseThrow().phase() == KioskAlarm.Phase.SENT);
            // The acknowledgement comes once the sender is in its steady polling: two passes after the alarm was sent.
            await("the sender polls the sent alarm's state").atMost(Duration.ofSeconds(10))
                    .until(() -> passesSinceSent.get() >= 2);
            long seq = f.admin.alarms().alarms().all().get(0).seq();
            long start = System.nanoTime();
            assertThat(f.admin.alarms().acknowledge(seq, "adviser")).isTrue();
            await("the kiosk shows 工作人员已收到").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> journal.find(alarm.id()).orElseThrow().phase() == KioskAlarm.Phase.ACKNOWLEDGED);
            System.out.printf("acknowledgement reached the kiosk's journal in %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            f.app.stop();
        }
    }
}
