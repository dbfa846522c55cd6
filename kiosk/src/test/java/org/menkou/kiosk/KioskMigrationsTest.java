package org.menkou.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.MigrationHistory;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.sync.Outbox;

/**
 * The kiosk's own migration areas (the outbox's and the alarm journal's), which lie in this module's
 * {@code db/AREA/common} and {@code db/AREA/sqlite}, run by content's {@link Database} from the class path, and open
 * a kiosk file migrated before those folders existed without new migrations or checksum errors.
 */
class KioskMigrationsTest {
    private static final List<String> KIOSK_AREAS = List.of(Outbox.MIGRATIONS, AlarmJournal.MIGRATIONS);

    @TempDir
    Path dir;

    @Test
    void theKioskAreasMigrateFromThisModulesFoldersIntoTheOneDatabase() {
        try (Database database = Database.openIn(dir)) {
            ContentStore.open(database, Clock.systemUTC());
            Outbox outbox = Outbox.open(database, Clock.systemUTC());
            AlarmJournal journal = AlarmJournal.open(database, Clock.systemUTC());
            String id = outbox.add("booking", Map.of("n", 1));
            assertThat(outbox.state(id)).hasValue(Outbox.State.PENDING);
            assertThat(journal.raise(null, "wt-station-1", null, AlarmSource.BUTTON).id()).isNotBlank();
        }
        assertThat(MigrationHistory.of(dir.resolve(Database.FILE_NAME), KIOSK_AREAS)).contains(
                "sync 1 V1__outbox.sql", "sync 50 V50__rejection_code.sql", "alarm 21 V21__kiosk_alarm_ending.sql");
    }

    @Test
    void aKioskFileMigratedBeforeTheVendorFoldersOpensWithoutNewMigrationsOrChecksumErrors() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Database database = Database.openSqlite(file)) {
            ContentStore.open(database, Clock.systemUTC());
        }
        // As every kiosk's file was migrated so far: each area's scripts side by side in db/AREA, one history table
        // each.
        for (String area : KIOSK_AREAS) {
            Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                    .locations("filesystem:" + MigrationHistory.flatCopyOfMigrations(dir, area)).table("schema_history_" + area)
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        }
        String before = MigrationHistory.of(file, KIOSK_AREAS);

        try (Database database = Database.openSqlite(file)) {
            Outbox.open(database, Clock.systemUTC());
            AlarmJournal.open(database, Clock.systemUTC());
        }
        assertThat(MigrationHistory.of(file, KIOSK_AREAS)).isEqualTo(before);
    }
}
