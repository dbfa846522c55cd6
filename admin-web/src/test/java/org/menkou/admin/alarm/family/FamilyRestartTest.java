package org.menkou.admin.alarm.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.alarm.family.FamilyTesting.RESIDENT;
import static org.menkou.admin.alarm.family.FamilyTesting.alarm;
import static org.menkou.admin.alarm.family.FamilyTesting.await;
import static org.menkou.admin.alarm.family.FamilyTesting.contact;
import static org.menkou.admin.alarm.family.FamilyTesting.newAlarmId;
import static org.menkou.admin.alarm.family.FamilyTesting.seq;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SharedDatabase;
import org.menkou.content.db.Database;

/** A notice owed when the server stopped before sending it is sent, once, by the server started after. */
class FamilyRestartTest {
    @TempDir
    Path dir;

    @Test
    void aNoticeOwedBeforeARestartIsSentAfterIt() throws Exception {
        SharedDatabase shared = SharedDatabase.create(dir);
        String id = newAlarmId();
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            try (Database db = shared.open()) {
                AdminFixture before = new AdminFixture(dir, db);
                before.admin.withFamilySettings(FamilyTesting.manual());
                before.app.start("127.0.0.1", 0);
                String token = before.admin.kiosks().register("wt-station-1", "大厅", "test").token();
                contact(before, true, NotifyChannel.WEBHOOK, receiver.url());
                alarm(before.app.port(), token, id, RESIDENT);
                before.app.stop();
            }
            assertThat(receiver.requests()).as("the first server stopped before sending").isZero();

            try (Database db = shared.open()) {
                AdminFixture after = new AdminFixture(dir, db);
                after.admin.withFamilySettings(FamilyTesting.fast());
                after.app.start("127.0.0.1", 0);
                try {
                    long seq = seq(after, id);
                    assertThat(await(after, seq, NoticeKind.RAISED, NoticeState.SENT, Duration.ofSeconds(15))).isTrue();
                    assertThat(receiver.accepted(NoticeKind.RAISED)).hasSize(1);
                    assertThat(after.admin.family().sendDue()).isZero();
                } finally {
                    after.app.stop();
                }
            }
        }
    }
}
