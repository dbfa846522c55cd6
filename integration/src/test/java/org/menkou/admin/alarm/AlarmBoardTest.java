package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.sync.SyncException;

/** The alarm board over real HTTP and its real WebSocket, with the kiosk's real journal and sender. */
@Tag("integration")
class AlarmBoardTest {
    @TempDir
    Path tmp;

    @Test
    void alarmReachesTheLiveBoardOnceAndAcknowledgementReachesTheKiosk() throws Exception {
        AdminFixture f = new AdminFixture(tmp.resolve("server"));
        f.app.start("127.0.0.1", 0);
        int port = f.app.port();
        String token = f.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + port), token, Duration.ofSeconds(3));
        AlarmJournal journal = AlarmJournal.open(Database.openSqlite(tmp.resolve("kiosk.db")), Clock.systemUTC());
        AlarmSender sender = new AlarmSender(journal, client, Duration.ofSeconds(1), Clock.systemUTC());
        WebClient advisor = new WebClient(port);
        advisor.login("adviser", AdminFixture.PASSWORD);
        try (BoardSocket board = new BoardSocket(port, advisor.cookie(AccessCheck.SESSION_COOKIE))) {
            await("the board joined the live channel").atMost(Duration.ofSeconds(5))
                    .until(() -> f.admin.alarms().feed().boards() == 1);
            KioskAlarm alarm = journal.raise(null, "wt-station-1", null, AlarmSource.BUTTON);
            sender.runOnce();
            assertThat(board.await("\"kind\":\"alarm\"", Duration.ofSeconds(5))).as("pushed live").isNotNull();
            assertThat(journal.find(alarm.id()).orElseThrow().phase()).isEqualTo(KioskAlarm.Phase.SENT);

            // The same alarm sent again (an answer lost in transit) is stored and shown once.
            var again = client.push(new EventBatch(List.of(new KioskEvent(alarm.id(), AlarmReport.TYPE, alarm.pressedAt(),
                    SyncJson.strict().valueToTree(new AlarmReport("wt-station-1", null, AlarmSource.BUTTON, null))))));
            assertThat(again.receipts().get(0).duplicate()).isTrue();
            String rows = advisor.get("/alarms/rows").body();
            assertThat(rows.split(alarm.id(), -1)).as("shown once").hasSize(2);
            assertThat(rows).contains("待响应", "大厅", "未识别");

            long seq = f.admin.alarms().alarms().find(f.admin.kiosks().all().get(0).id(), alarm.id()).orElseThrow().seq();
            advisor.get("/alarms");
            assertThat(advisor.post("/alarms/" + seq + "/acknowledge", Map.of()).statusCode()).isEqualTo(302);
            assertThat(board.await("\"seq\":" + seq, Duration.ofSeconds(5))).isNotNull();
            sender.runOnce();
            assertThat(journal.find(alarm.id()).orElseThrow().phase()).isEqualTo(KioskAlarm.Phase.ACKNOWLEDGED);

            advisor.get("/alarms");
            advisor.post("/alarms/" + seq + "/note", Map.of("text", "<b>已到现场</b>"));
            assertThat(advisor.get("/alarms/rows").body()).contains("&lt;b&gt;已到现场&lt;/b&gt;").doesNotContain("<b>已到现场");
            assertThat(advisor.post("/alarms/" + seq + "/note", Map.of("text", " ")).statusCode()).isEqualTo(400);
            advisor.post("/alarms/" + seq + "/resolve", Map.of());
            assertThat(sender.runOnce()).as("nothing left to do").isZero();
            assertThat(journal.find(alarm.id()).orElseThrow().phase()).isEqualTo(KioskAlarm.Phase.RESOLVED);
            assertThat(journal.unfinished()).isEmpty();
            assertThat(f.admin.audit().page(0, "ALARM")).extracting(e -> e.action())
                    .containsExactly("RESOLVE", "NOTE", "ACKNOWLEDGE", "RAISE");
        } finally {
            f.app.stop();
        }
    }

    private static int refusedStatus(int port, String cookie) {
        try {
            new BoardSocket(port, cookie).close();
            return 101;
        } catch (java.util.concurrent.CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(java.net.http.WebSocketHandshakeException.class);
            return ((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    @Test
    void liveChannelAndActionsAreForRespondersOfTheStationOnly() throws Exception {
        AdminFixture f = new AdminFixture(tmp.resolve("server"));
        f.app.start("127.0.0.1", 0);
        int port = f.app.port();
        try {
            assertThat(refusedStatus(port, null)).as("anonymous").isEqualTo(401);
            assertThat(refusedStatus(port, "forged")).as("forged session").isEqualTo(401);
            String other = f.store.stations().all().stream().map(s -> s.id()).filter(id -> !id.equals("wt-station-1"))
                    .findFirst().orElseThrow();
            String token = f.admin.kiosks().register(other, "别的站", "test").token();
            SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + port), token, Duration.ofSeconds(3));
            AlarmJournal journal = AlarmJournal.open(Database.openSqlite(tmp.resolve("kiosk.db")), Clock.systemUTC());
            KioskAlarm alarm = journal.raise(null, null, null, AlarmSource.BUTTON);
            new AlarmSender(journal, client, Duration.ofSeconds(1), Clock.systemUTC()).runOnce();
            long seq = f.admin.alarms().alarms().all().get(0).seq();

            WebClient volunteer = new WebClient(port);
            volunteer.login("vol", AdminFixture.PASSWORD);
            assertThat(volunteer.get("/alarms/rows").body()).doesNotContain(alarm.id());
            volunteer.get("/alarms");
            assertThat(volunteer.post("/alarms/" + seq + "/acknowledge", Map.of()).statusCode()).isEqualTo(403);
            assertThat(f.admin.alarms().alarms().find(seq).orElseThrow().state()).isEqualTo(AlarmState.OPEN);

            assertThatThrownBy(() -> client.alarm("not-an-alarm-of-this-kiosk"))
                    .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThatThrownBy(() -> client.push(new EventBatch(List.of(new KioskEvent("bad-alarm-1", AlarmReport.TYPE,
                    Instant.now(), SyncJson.strict().createObjectNode().put("source", "shout"))))))
                    .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.code()).isEqualTo("bad_alarm"));
            HttpResponse<String> board = new WebClient(port).get("/alarms");
            assertThat(board.statusCode()).as("anonymous board").isEqualTo(302);
        } finally {
            f.app.stop();
        }
    }
}
