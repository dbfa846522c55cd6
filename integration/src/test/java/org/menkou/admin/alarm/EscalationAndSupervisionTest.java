package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.alarm.channel.EmailChannel;
import org.menkou.admin.alarm.channel.WebhookChannel;
import org.menkou.admin.auth.Role;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.sync.SyncClient;

/** Escalation through a real webhook receiver and a real SMTP server (GreenMail) on loopback; kiosk supervision. */
@Tag("integration")
class EscalationAndSupervisionTest {
    /**
     * How long the escalations are watched after they arrived, to show that none comes twice: ten of the watch's
     * 100 ms checks and several of the channels' 200 ms retries.
     */
    private static final Duration NO_SECOND_ESCALATION = Duration.ofMillis(1_500);

    @TempDir
    Path tmp;

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private AdminApp admin(Clock clock) {
        ContentStore store = ContentStore.open(TestDatabases.server(tmp), Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, java.time.LocalDate.now());
        AdminApp admin = new AdminApp(store, new AdminSettings(tmp, Duration.ofSeconds(30), false, 4, 5_000, clock));
        admin.users().create("adviser", "顾问乙", Role.ADVISOR, null, "correct-horse-battery", false);
        return admin;
    }

    @Test
    void unacknowledgedAlarmsEscalateExactlyOnceThroughWebhookAndEmail() throws Exception {
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // The first request fails, so the channel's retry is exercised.
            int status = requests.incrementAndGet() == 1 ? 500 : 204;
            if (status == 204) {
                String id = SyncJson.lenient().readTree(body).get("alarmId").asText();
                delivered.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        AdminApp admin = admin(Clock.systemUTC()).withAlarmSettings(AlarmSettings.defaults()
                .withEscalateAfter(Duration.ofSeconds(1)).withChecks(Duration.ofMillis(100))
                .withChannels(List.of(new WebhookChannel(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort()
                                + "/hook"), SyncJson.strict()),
                        new EmailChannel("127.0.0.1", mail.getSmtp().getPort(), "menkou@localhost", List.of("duty@localhost"))),
                        3, Duration.ofMillis(200)));
        var app = admin.create().start("127.0.0.1", 0);
        try {
            String token = admin.kiosks().register("wt-station-1", "大厅", "test").token();
            AlarmJournal journal = AlarmJournal.open(Database.openSqlite(tmp.resolve("kiosk.db")), Clock.systemUTC());
            AlarmSender sender = new AlarmSender(journal, new SyncClient(URI.create("http://127.0.0.1:" + app.port()), token,
                    Duration.ofSeconds(3)), Duration.ofMillis(200), Clock.systemUTC());
            KioskAlarm a = journal.raise(null, null, null, AlarmSource.BUTTON);
            KioskAlarm b = journal.raise(null, null, null, AlarmSource.BUTTON);
            KioskAlarm acked = journal.raise(null, null, null, AlarmSource.BUTTON);
            sender.runOnce();
            long ackSeq = admin.alarms().alarms().all().stream().filter(x -> x.alarmId().equals(acked.id())).findFirst()
                    .orElseThrow().seq();
            assertThat(admin.alarms().acknowledge(ackSeq, "adviser")).isTrue();
            // "Exactly once" is what is asserted: the deliveries are awaited, then must stay as they are for a while.
            await("one webhook delivery per unacknowledged alarm after one failed try, and two e-mails")
                    .during(NO_SECOND_ESCALATION).atMost(NO_SECOND_ESCALATION.plusSeconds(20))
                    .until(() -> delivered.keySet().equals(Set.of(a.id(), b.id()))
                            && delivered.values().stream().allMatch(n -> n.get() == 1) && requests.get() == 3
                            && mail.getReceivedMessages().length == 2);
            assertThat(delivered).as("one delivery per unacknowledged alarm").containsOnlyKeys(a.id(), b.id());
            assertThat(delivered.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            assertThat(requests.get()).as("2 deliveries + 1 failed try").isEqualTo(3);
            assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
            assertThat(mail.getReceivedMessages()).hasSize(2);
            assertThat(mail.getReceivedMessages()[0].getSubject()).contains("门口紧急呼叫无人响应");
            sender.runOnce();
            assertThat(journal.find(a.id()).orElseThrow().escalated()).as("the kiosk hears of it").isTrue();
            assertThat(journal.find(acked.id()).orElseThrow().escalated()).isFalse();
            long seqA = admin.alarms().alarms().all().get(0).seq();
            assertThat(admin.alarms().alarms().deliveries(seqA)).extracting(AlarmRepository.Delivery::state)
                    .containsOnly(DeliveryState.SENT);
        } finally {
            app.stop();
            receiver.stop(0);
            mail.stop();
        }
    }

    @Test
    void aKioskSilentForNinetySecondsRaisesOfflineAndItsNextHeartbeatClearsIt() throws Exception {
        HandClock clock = new HandClock();
        AdminApp admin = admin(clock);
        var app = admin.create().start("127.0.0.1", 0);
        try {
            var registered = admin.kiosks().register("wt-station-1", "大厅", "test");
            SyncClient kiosk = new SyncClient(URI.create("http://127.0.0.1:" + app.port()), registered.token());
            beat(kiosk);
            clock.advance(Duration.ofSeconds(89));
            admin.alarms().watch().check();
            assertThat(admin.alarms().supervision().openAlerts(null)).as("89 s: still fine").isEmpty();
            clock.advance(Duration.ofSeconds(2));
            admin.alarms().watch().check();
            assertThat(admin.alarms().supervision().openAlerts(null)).as("91 s: 终端离线")
                    .extracting(Supervision.OfflineAlert::kioskId).containsExactly(registered.kiosk().id());
            admin.alarms().watch().check();
            assertThat(admin.alarms().supervision().openAlerts(null)).as("raised once").hasSize(1);
            beat(kiosk);
            admin.alarms().watch().check();
            assertThat(admin.alarms().supervision().openAlerts(null)).as("cleared by the next heartbeat").isEmpty();
        } finally {
            app.stop();
        }
    }

    @Test
    void eachKioskGoesOfflineAfterItsOwnTimeAndTheChannelsHearOnceOfEachOutageAndItsEnd() throws Exception {
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger tries = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            var body = SyncJson.lenient().readTree(ex.getRequestBody().readAllBytes());
            // The first try fails, so the channel's retry is exercised for kiosk news too.
            int status = tries.incrementAndGet() == 1 ? 503 : 204;
            if (status == 204) {
                told.add(body.get("event").asText() + " " + body.get("kiosk").asText());
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        HandClock clock = new HandClock();
        AdminApp admin = admin(clock).withAlarmSettings(AlarmSettings.defaults().withChannels(List.of(new WebhookChannel(
                URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), SyncJson.strict())),
                3, Duration.ofMillis(100)));
        var app = admin.create().start("127.0.0.1", 0);
        try {
            var hall = admin.kiosks().register("wt-station-1", "大厅", "test");
            var door = admin.kiosks().register("wt-station-1", "门口", "test");
            admin.kiosks().setOfflineAfter(door.kiosk().id(), java.util.Optional.of(Duration.ofMinutes(10)));
            SyncClient hallKiosk = new SyncClient(URI.create("http://127.0.0.1:" + app.port()), hall.token());
            SyncClient doorKiosk = new SyncClient(URI.create("http://127.0.0.1:" + app.port()), door.token());
            beat(hallKiosk);
            beat(doorKiosk);
            clock.advance(Duration.ofSeconds(91));
            admin.alarms().watch().check();
            admin.alarms().watch().check();
            assertThat(admin.alarms().supervision().openAlerts(null)).as("the hall after the default 90 s, the door not yet")
                    .extracting(Supervision.OfflineAlert::kioskId).containsExactly(hall.kiosk().id());
            String hallName = "大厅（" + hall.kiosk().id() + "）";
            String doorName = "门口（" + door.kiosk().id() + "）";
            await("the hall's outage told once, after one failed try").during(NO_SECOND_ESCALATION)
                    .atMost(NO_SECOND_ESCALATION.plusSeconds(10)).until(() -> told.equals(List.of("kiosk.offline " + hallName)));

            clock.advance(Duration.ofSeconds(510));
            admin.alarms().watch().check();
            beat(hallKiosk);
            admin.alarms().watch().check();
            admin.alarms().watch().check();
            assertThat(admin.alarms().supervision().openAlerts(null)).extracting(Supervision.OfflineAlert::kioskId)
                    .containsExactly(door.kiosk().id());
            await("the door's outage and the hall's return, each once").during(NO_SECOND_ESCALATION)
                    .atMost(NO_SECOND_ESCALATION.plusSeconds(10)).until(() -> told.size() == 3
                            && told.containsAll(List.of("kiosk.offline " + doorName, "kiosk.online " + hallName)));
        } finally {
            app.stop();
            receiver.stop(0);
        }
    }

    private static void beat(SyncClient kiosk) {
        kiosk.push(new EventBatch(List.of(new KioskEvent(java.util.UUID.randomUUID().toString(), Heartbeat.TYPE,
                Instant.now(), SyncJson.strict().valueToTree(new Heartbeat(0, "0.1.0", false, "none"))))));
    }
}
