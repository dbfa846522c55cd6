package org.menkou.admin.alarm.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.alarm.family.FamilyTesting.RESIDENT;
import static org.menkou.admin.alarm.family.FamilyTesting.alarm;
import static org.menkou.admin.alarm.family.FamilyTesting.await;
import static org.menkou.admin.alarm.family.FamilyTesting.contact;
import static org.menkou.admin.alarm.family.FamilyTesting.newAlarmId;
import static org.menkou.admin.alarm.family.FamilyTesting.seq;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;

/** A contact told by e-mail gets one message through a real SMTP server (GreenMail on loopback), and one more at the end. */
class FamilyEmailTest {
    @TempDir
    Path dir;

    @Test
    void aContactToldByEmailGetsOneMailForTheAlarmAndOneForItsEnd() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        AdminFixture f = new AdminFixture(dir);
        try {
            f.admin.withFamilySettings(FamilyTesting.fast().withCouriers(List.of(
                    new EmailCourier("127.0.0.1", mail.getSmtp().getPort(), "menkou@localhost"))));
            f.app.start("127.0.0.1", 0);
            String token = f.admin.kiosks().register("wt-station-1", "大厅", "test").token();
            contact(f, true, NotifyChannel.EMAIL, "daughter@family.example");
            String id = newAlarmId();
            alarm(f.app.port(), token, id, RESIDENT);
            long seq = seq(f, id);
            assertThat(await(f, seq, NoticeKind.RAISED, NoticeState.SENT, Duration.ofSeconds(10))).isTrue();
            f.admin.alarms().resolve(seq, "adviser");
            assertThat(await(f, seq, NoticeKind.RESOLVED, NoticeState.SENT, Duration.ofSeconds(10))).isTrue();

            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(2);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("daughter@family.example");
            assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
            assertThat(received[0].getSubject()).contains("工作人员正在处理");
            assertThat(received[1].getSubject()).contains("已处理");
            assertThat(f.admin.alarms().followUpLines(seq)).containsExactly("家属：已通知 张*红（女儿）（邮件）",
                    "家属（处理结果）：已通知 张*红（女儿）（邮件）");
        } finally {
            f.app.stop();
            mail.stop();
        }
    }
}
