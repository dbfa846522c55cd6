package org.menkou.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;

/**
 * A scheduled run on a real SQLite data directory: a failed one is recorded for admins to see until a later one works,
 * and a working one writes a named archive that restores.
 */
@Tag("sqlite")
class BackupScheduleRunTest {
    @TempDir
    Path dir;

    @Test
    void aFailedRunIsShownUntilALaterOneWorks() throws IOException {
        Path data = dir.resolve("server");
        Instant start = Instant.parse("2026-12-01T19:30:00Z");
        SettableClock clock = new SettableClock(start, ZoneOffset.UTC);
        try (Database database = Database.openIn(data)) {
            ContentStore store = ContentStore.open(database);
            database.migrate(AdminApp.MIGRATIONS);
            Path blocked = Files.writeString(dir.resolve("not-a-directory"), "x");
            BackupSchedule failing = new BackupSchedule(data, blocked, 3, LocalTime.of(3, 30), ZoneId.of("Asia/Shanghai"),
                    clock, store);
            failing.runOnce();
            BackupStatus status = new BackupStatus(store, clock);
            assertThat(status.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("2026-12-01T19:30:00Z")
                    .contains("not-a-directory"));

            clock.set(start.plus(Duration.ofDays(1)));
            Path backups = dir.resolve("backups");
            new BackupSchedule(data, backups, 3, LocalTime.of(3, 30), ZoneId.of("Asia/Shanghai"), clock, store).runOnce();
            assertThat(status.problem()).isEmpty();
            Path written = backups.resolve("menkou-backup-20261203-033000.zip");
            assertThat(written).exists();
            assertThat(new BackupReader().verify(written).members()).containsKey(Database.FILE_NAME);
            assertThat(ServerDataDir.ADMIN_HISTORY).isEqualTo("schema_history_" + AdminApp.MIGRATIONS);
        }
    }
}
