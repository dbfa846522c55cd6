package org.menkou.content.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;

/** The process's database seam on real SQLite files: connection settings, pooling, migrations old and new. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void ordinaryAndDurableConnectionsShareTheSettingsAndDifferInSynchronous() {
        try (Database database = Database.openIn(dir)) {
            assertThat(database.vendor()).isEqualTo(Vendor.SQLITE);
            assertThat(database.location()).isEqualTo(dir.resolve(Database.FILE_NAME).toAbsolutePath().toString());
            for (Handle h : List.of(database.jdbi().open(), database.durable().open())) {
                try (h) {
                    assertThat(pragma(h, "journal_mode")).isEqualTo("wal");
                    assertThat(pragma(h, "foreign_keys")).isEqualTo("1");
                    assertThat(pragma(h, "busy_timeout")).isEqualTo("5000");
                }
            }
            String ordinary = database.jdbi().withHandle(h -> pragma(h, "synchronous"));
            String durable = database.durable().withHandle(h -> pragma(h, "synchronous"));
            assertThat(ordinary).as("NORMAL").isEqualTo("1");
            assertThat(durable).as("FULL").isEqualTo("2");
        }
    }

    @Test
    void callsBorrowPooledConnectionsInsteadOfOpeningNewOnes() {
        try (Database database = Database.openIn(dir)) {
            // A TEMP table lives as long as its connection: the next call on this thread sees it again.
            database.jdbi().useHandle(h -> h.execute("CREATE TEMP TABLE connection_probe (x INTEGER)"));
            int probes = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM sqlite_temp_master WHERE name = 'connection_probe'").mapTo(Integer.class).one());
            assertThat(probes).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseMigratedBeforeTheVendorFoldersOpensWithoutNewMigrationsOrChecksumErrors() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        // As every file was migrated so far: the area's scripts side by side in db/AREA, one history table.
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("filesystem:" + flatCopyOfMigrations(ContentStore.MIGRATIONS))
                .table("schema_history_" + ContentStore.MIGRATIONS)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        String before = history(file);

        try (Database database = Database.openSqlite(file)) {
            ContentStore store = ContentStore.open(database, Clock.systemUTC());
            assertThat(store.changes().currentVersion()).isZero();
        }
        assertThat(history(file)).isEqualTo(before);
    }

    @Test
    void anAreaWithoutMigrationsIsAProgrammingError() {
        try (Database database = Database.openIn(dir)) {
            assertThatThrownBy(() -> database.migrate("nosucharea")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> database.migrate("../content")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The scripts of {@code area} (common and vendor folders) copied into one folder, as they used to lie. */
    private Path flatCopyOfMigrations(String area) throws IOException, URISyntaxException {
        Path flat = Files.createDirectories(dir.resolve("flat-" + area));
        Path folder = Path.of(Database.class.getClassLoader().getResource("db/" + area).toURI());
        try (Stream<Path> scripts = Files.walk(folder)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Files.copy(script, flat.resolve(script.getFileName().toString()));
            }
        }
        return flat;
    }

    /** Every applied migration of the content area, as text. */
    private static String history(Path file) {
        try (Database database = Database.openSqlite(file)) {
            return database.jdbi().withHandle(h -> String.join("\n", h.createQuery(
                            "SELECT version, script, checksum, success FROM schema_history_content ORDER BY installed_rank")
                    .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4)).list()));
        }
    }

    private static String pragma(Handle h, String name) {
        return h.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }
}
