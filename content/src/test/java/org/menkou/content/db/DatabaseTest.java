package org.menkou.content.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.MigrationHistory;

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
                    assertThat(pragma(h, "wal_autocheckpoint")).isEqualTo(Integer.toString(SqliteFile.AUTOCHECKPOINT_PAGES));
                }
            }
            String ordinary = database.jdbi().withHandle(h -> pragma(h, "synchronous"));
            String durable = database.durable().withHandle(h -> pragma(h, "synchronous"));
            assertThat(ordinary).as("NORMAL").isEqualTo("1");
            assertThat(durable).as("FULL").isEqualTo("2");
        }
    }

    @Test
    void aTransactionThatReadsThenWritesIsNotRefusedBecauseAnotherConnectionWroteMeanwhile() throws Exception {
        try (Database database = Database.openIn(dir)) {
            database.jdbi().useHandle(h -> h.execute("CREATE TABLE counter (n INTEGER NOT NULL)"));
            CompletableFuture<Void> other;
            try (Handle h = database.jdbi().open()) {
                h.begin();
                int before = h.createQuery("SELECT COUNT(*) FROM counter").mapTo(Integer.class).one();
                // Another connection writes while this transaction is open: it waits for this one's lock instead of
                // committing in between (which would make this transaction's write fail with SQLITE_BUSY_SNAPSHOT).
                other = CompletableFuture.runAsync(() -> database.durable().useHandle(o ->
                        o.execute("INSERT INTO counter (n) VALUES (2)")));
                h.execute("INSERT INTO counter (n) VALUES (?)", before + 1);
                h.commit();
            }
            other.get(10, TimeUnit.SECONDS);
            List<Integer> rows = database.jdbi().withHandle(h -> h.createQuery("SELECT n FROM counter ORDER BY n")
                    .mapTo(Integer.class).list());
            assertThat(rows).containsExactly(1, 2);
        }
    }

    @Test
    void theWriteAheadLogIsCopiedBackIntoTheFileWithinSecondsWithoutAnotherCommit() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Database database = Database.openIn(dir)) {
            // About 2,500 pages in one commit: below the commits' own checkpoint (the first test reads its setting).
            database.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE filler (text TEXT NOT NULL)");
                h.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                        + " INSERT INTO filler (text) SELECT printf('%.2000c', 'x') FROM n");
            });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(Files.size(file)).as("the database file after a checkpoint").isGreaterThan(10_000_000));
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
                .locations("filesystem:" + MigrationHistory.flatCopyOfMigrations(dir, ContentStore.MIGRATIONS))
                .table("schema_history_" + ContentStore.MIGRATIONS)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        String before = MigrationHistory.of(file, List.of(ContentStore.MIGRATIONS));

        try (Database database = Database.openSqlite(file)) {
            ContentStore store = ContentStore.open(database, Clock.systemUTC());
            assertThat(store.changes().currentVersion()).isZero();
        }
        assertThat(MigrationHistory.of(file, List.of(ContentStore.MIGRATIONS))).isEqualTo(before);
    }

    @Test
    void anAreaWithoutMigrationsIsAProgrammingError() {
        try (Database database = Database.openIn(dir)) {
            assertThatThrownBy(() -> database.migrate("nosucharea")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> database.migrate("../content")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String pragma(Handle h, String name) {
        return h.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }
}
