package org.menkou.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.store.ContentStore;
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
        assertThat(history(dir.resolve(Database.FILE_NAME))).contains(
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
                    .locations("filesystem:" + flatCopyOfMigrations(area)).table("schema_history_" + area)
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        }
        String before = history(file);

        try (Database database = Database.openSqlite(file)) {
            Outbox.open(database, Clock.systemUTC());
            AlarmJournal.open(database, Clock.systemUTC());
        }
        assertThat(history(file)).isEqualTo(before);
    }

    /** The scripts of {@code area} (common and vendor folders) copied into one folder, as they used to lie. */
    private Path flatCopyOfMigrations(String area) throws IOException, URISyntaxException {
        Path flat = Files.createDirectories(dir.resolve("flat-" + area));
        Path folder = Path.of(Outbox.class.getClassLoader().getResource("db/" + area).toURI());
        try (Stream<Path> scripts = Files.walk(folder)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Files.copy(script, flat.resolve(script.getFileName().toString()));
            }
        }
        return flat;
    }

    /** Every applied migration of the kiosk's areas, as text, one "area version script checksum success" each. */
    private static String history(Path file) {
        try (Database database = Database.openSqlite(file)) {
            return database.jdbi().withHandle(h -> String.join("\n", KIOSK_AREAS.stream()
                    .flatMap(area -> h.createQuery("SELECT version, script, checksum, success FROM schema_history_"
                                    + area + " ORDER BY installed_rank")
                            .map((rs, ctx) -> area + " " + rs.getString(1) + " " + rs.getString(2) + " "
                                    + rs.getString(3) + " " + rs.getString(4)).list().stream())
                    .toList()));
        }
    }
}
