package org.menkou.content.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read transaction sees one state of the database and does not take the write lock: it runs while a writer holds
 * the lock (far quicker than the busy timeout), and calls on the same thread inside it join it.
 */
class ReadTransactionTest {
    @TempDir
    Path dir;

    @Test
    void aReadTransactionRunsBesideAWriterAndSeesOneState() throws Exception {
        try (Database database = Database.openIn(dir)) {
            database.jdbi().useHandle(h -> h.execute("CREATE TABLE t (n INTEGER)"));
            database.jdbi().useHandle(h -> h.execute("INSERT INTO t VALUES (1)"));
            try (Handle writer = database.durable().open()) {
                writer.begin();
                writer.execute("INSERT INTO t VALUES (2)");
                long started = System.nanoTime();
                int seen = CompletableFuture.supplyAsync(() -> database.inReadTransaction(() -> {
                    int first = count(database);
                    int joined = database.jdbi().withHandle(h -> h.isInTransaction() ? count(database) : -1);
                    return first == joined ? first : -1;
                })).get(10, TimeUnit.SECONDS);
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertThat(seen).as("the committed state, read twice in one transaction").isEqualTo(1);
                assertThat(ms).as("ms the read waited beside the writer").isLessThan(SqliteFile.BUSY_TIMEOUT_MS / 2);
                writer.commit();
            }
            assertThat(database.inReadTransaction(() -> count(database))).isEqualTo(2);
            database.jdbi().useTransaction(h -> h.execute("INSERT INTO t VALUES (3)"));
            assertThat(count(database)).as("ordinary transactions still write").isEqualTo(3);
        }
    }

    private static int count(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one());
    }
}
