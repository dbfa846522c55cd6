package org.menkou.admin.alarm.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.alarm.family.FamilyTesting.RESIDENT;
import static org.menkou.admin.alarm.family.FamilyTesting.alarm;
import static org.menkou.admin.alarm.family.FamilyTesting.await;
import static org.menkou.admin.alarm.family.FamilyTesting.contact;
import static org.menkou.admin.alarm.family.FamilyTesting.newAlarmId;
import static org.menkou.admin.alarm.family.FamilyTesting.seq;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditEntry;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;

/**
 * The family of a resident identified at the kiosk is told of their alarm once, and once more when it is resolved,
 * through a real webhook receiver on loopback: whatever duplicate events, failing tries and two racing senders; and
 * never for a walk-in's alarm or without consent.
 */
class FamilyNoticeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    private AdminFixture f;
    private WebhookReceiver receiver;

    @AfterEach
    void stop() {
        if (f != null) {
            f.app.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private String start(FamilySettings settings, int failures) {
        receiver = new WebhookReceiver(failures);
        f = new AdminFixture(dir);
        f.admin.withFamilySettings(settings);
        f.app.start("127.0.0.1", 0);
        return f.admin.kiosks().register("wt-station-1", "大厅", "test").token();
    }

    @Test
    void anIdentifiedResidentsAlarmIsToldOnceAndItsResolutionOnce() throws Exception {
        String token = start(FamilyTesting.fast(), 0);
        contact(f, true, NotifyChannel.WEBHOOK, receiver.url());
        String id = newAlarmId();
        alarm(f.app.port(), token, id, RESIDENT);
        alarm(f.app.port(), token, id, RESIDENT);
        long seq = seq(f, id);

        assertThat(await(f, seq, NoticeKind.RAISED, NoticeState.SENT, WAIT)).as("RAISED marked sent").isTrue();
        assertThat(receiver.accepted(NoticeKind.RAISED)).singleElement().satisfies(body -> assertThat(body)
                .contains("工作人员正在处理", "\"noticeId\":\"" + id + "/1/raised\"").doesNotContain("张桂英", "张小红"));
        assertThat(f.admin.alarms().followUpLines(seq)).containsExactly("家属：已通知 张*红（女儿）（网络推送）");
        WebClient staff = new WebClient(f.app.port());
        staff.login("adviser", AdminFixture.PASSWORD);
        assertThat(staff.get("/alarms").body()).contains("家属：已通知 张*红（女儿）（网络推送）");

        assertThat(f.admin.alarms().resolve(seq, "adviser")).isTrue();
        assertThat(await(f, seq, NoticeKind.RESOLVED, NoticeState.SENT, WAIT)).as("RESOLVED marked sent").isTrue();
        assertThat(receiver.accepted(NoticeKind.RESOLVED)).singleElement()
                .satisfies(body -> assertThat(body).contains("已由工作人员处理完毕"));
        assertThat(f.admin.family().sendDue()).as("nothing left to send").isZero();
        assertThat(receiver.requests()).isEqualTo(2);
        assertThat(f.admin.audit().page(0, "ALARM")).extracting(AuditEntry::action)
                .filteredOn(AuditAction.FAMILY_NOTICE_SENT.name()::equals).hasSize(2);
    }

    @Test
    void anAlarmEndedAtTheKioskIsToldAsEndedThere() throws Exception {
        String token = start(FamilyTesting.fast(), 0);
        contact(f, true, NotifyChannel.WEBHOOK, receiver.url());
        String id = newAlarmId();
        alarm(f.app.port(), token, id, RESIDENT);
        long seq = seq(f, id);
        assertThat(await(f, seq, NoticeKind.RAISED, NoticeState.SENT, WAIT)).isTrue();

        FamilyTesting.endAtKiosk(f.app.port(), token, id);
        assertThat(await(f, seq, NoticeKind.RESOLVED, NoticeState.SENT, WAIT)).isTrue();
        assertThat(receiver.accepted(NoticeKind.RESOLVED)).singleElement()
                .satisfies(body -> assertThat(body).contains("已在终端结束"));
    }

    @Test
    void aFailingWebhookIsRetriedUntilItTakesTheMessageOnce() throws Exception {
        String token = start(FamilyTesting.fast(), 2);
        contact(f, true, NotifyChannel.WEBHOOK, receiver.url());
        String id = newAlarmId();
        alarm(f.app.port(), token, id, RESIDENT);
        long seq = seq(f, id);

        assertThat(await(f, seq, NoticeKind.RAISED, NoticeState.SENT, WAIT)).isTrue();
        assertThat(receiver.accepted(NoticeKind.RAISED)).hasSize(1);
        assertThat(receiver.requests()).isEqualTo(3);
        assertThat(new FamilyNotices(f.admin.database().durable()).attempts(seq, NoticeKind.RAISED)).isEqualTo(3);
        assertThat(f.admin.audit().page(0, "ALARM")).extracting(AuditEntry::action)
                .filteredOn(AuditAction.FAMILY_NOTICE_FAILED.name()::equals).hasSize(2);
    }

    @Test
    void aChannelThisServerCannotUseFailsAtOnceAndTheBoardSaysSo() throws Exception {
        String token = start(FamilyTesting.manual(), 0);
        contact(f, true, NotifyChannel.SMS, null);
        String id = newAlarmId();
        alarm(f.app.port(), token, id, RESIDENT);
        long seq = seq(f, id);

        assertThat(f.admin.family().sendDue()).isEqualTo(1);
        assertThat(await(f, seq, NoticeKind.RAISED, NoticeState.FAILED, Duration.ZERO)).isTrue();
        assertThat(f.admin.alarms().followUpLines(seq)).containsExactly("家属：通知没有发出 张*红（女儿）（短信）");
    }

    @Test
    void aWalkInsAlarmAndAContactWithoutConsentAreToldNothing() {
        String token = start(FamilyTesting.manual(), 0);
        contact(f, false, NotifyChannel.WEBHOOK, receiver.url());
        String identified = newAlarmId();
        alarm(f.app.port(), token, identified, RESIDENT);
        f.admin.database().jdbi().useHandle(h -> h.execute(
                "UPDATE resident_contact SET consent = 1 WHERE resident_id = ?", RESIDENT));
        String walkIn = newAlarmId();
        alarm(f.app.port(), token, walkIn, null);
        f.admin.alarms().resolve(seq(f, identified), "adviser");
        f.admin.alarms().resolve(seq(f, walkIn), "adviser");

        assertThat(f.admin.family().sendDue()).isZero();
        assertThat(f.admin.alarms().followUpLines(seq(f, identified))).isEmpty();
        assertThat(f.admin.alarms().followUpLines(seq(f, walkIn))).isEmpty();
        assertThat(receiver.requests()).isZero();
    }

    @Test
    void twoSendersRacingSendEachNoticeOnce() throws Exception {
        String token = start(FamilyTesting.manual(), 0);
        contact(f, true, NotifyChannel.WEBHOOK, receiver.url());
        for (int i = 0; i < 12; i++) {
            alarm(f.app.port(), token, newAlarmId(), RESIDENT);
        }
        FamilyNotifier other = new FamilyNotifier(f.admin.database().durable(), f.admin.alarms(), f.store,
                f.admin.audit(), FamilyTesting.manual(), ZoneId.of("Asia/Shanghai"), Clock.systemUTC(), "node-b",
                () -> true);
        Thread a = new Thread(() -> f.admin.family().sendDue());
        Thread b = new Thread(other::sendDue);
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(receiver.accepted(NoticeKind.RAISED)).hasSize(12).doesNotHaveDuplicates();
        assertThat(receiver.requests()).isEqualTo(12);
        assertThat(f.admin.family().sendDue() + other.sendDue()).isZero();
        assertThat(f.admin.audit().page(0, "ALARM")).extracting(AuditEntry::action)
                .filteredOn(AuditAction.FAMILY_NOTICE_SENT.name()::equals).hasSize(12);
    }
}
