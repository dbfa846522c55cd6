package org.menkou.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;

/** A failed daily backup is shown to admins on the fleet page, escaped, until a later one works. */
class BackupProblemShownTest {
    @TempDir
    Path dir;

    @Test
    void theFleetPageShowsTheLatestFailureUntilABackupWorks() {
        AdminFixture f = new AdminFixture(dir);
        Instant failedAt = Instant.parse("2026-12-02T03:30:00Z");
        SettableClock clock = new SettableClock(failedAt, ZoneOffset.UTC);
        BackupStatus status = new BackupStatus(f.store, clock);
        status.failed("disk full <b>");
        JavalinTest.test(f.app, (server, client) -> {
            WebClient admin = new WebClient(server.port());
            admin.login("boss", AdminFixture.PASSWORD);
            assertThat(admin.get("/kiosks").body()).contains("自动备份失败").contains("disk full &lt;b&gt;");
            clock.set(failedAt.plusSeconds(86_400));
            status.succeeded(dir.resolve("menkou-backup-20261202-033000.zip"));
            assertThat(admin.get("/kiosks").body()).doesNotContain("自动备份失败");
        });
    }
}
