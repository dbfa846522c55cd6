package org.menkou.content.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.ContentException;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.content.testing.PostgresCluster;

/** The database seam on a real PostgreSQL server (this JVM's private test cluster). */
class PostgresDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aPostgresUrlOpensThePostgresVendorWithItsOwnMigrationsAndTheSameContent() {
        try (Database database = Database.open(PostgresCluster.shared().newDatabase(), dir)) {
            assertThat(database.vendor()).isEqualTo(Vendor.POSTGRES);
            assertThat(database.directory()).isEmpty();
            ContentStore store = ContentStore.open(database, Clock.systemUTC());
            new DemoSeed().seedIfEmpty(store, LocalDate.now());
            assertThat(store.stations().all()).isNotEmpty();
            assertThat(store.changes().currentVersion()).isPositive();
            String durable = database.durable().withHandle(h -> h.createQuery("SHOW synchronous_commit")
                    .mapTo(String.class).one());
            assertThat(durable).as("commits on disk when they return").isEqualTo("on");
            String ordinary = database.jdbi().withHandle(h -> h.createQuery("SHOW synchronous_commit")
                    .mapTo(String.class).one());
            assertThat(ordinary).as("ordinary commits may be lost in a crash, as on SQLite").isEqualTo("off");
        }
    }

    @Test
    void foreignKeysCanBeDeferredToTheCommitInATransaction() {
        try (Database database = Database.open(PostgresCluster.shared().newDatabase(), dir)) {
            database.migrate(ContentStore.MIGRATIONS);
            database.jdbi().useTransaction(h -> {
                database.deferForeignKeys(h);
                h.execute("INSERT INTO station (id, kind, name, address, opening_hours, phone, parent_id)"
                        + " VALUES ('child', 'STATION', 'n', 'a', 'o', 'p', 'parent')");
                h.execute("INSERT INTO station (id, kind, name, address, opening_hours, phone)"
                        + " VALUES ('parent', 'CENTRE', 'n', 'a', 'o', 'p')");
            });
            assertThatThrownBy(() -> database.jdbi().useTransaction(h -> h.execute(
                    "INSERT INTO station (id, kind, name, address, opening_hours, phone, parent_id)"
                            + " VALUES ('orphan', 'STATION', 'n', 'a', 'o', 'p', 'nobody')")))
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void aMultiHostUrlFindsThePrimaryPastAHostThatIsDown() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String single = cluster.newDatabase();
        try (LoopbackPort down = LoopbackPort.hold()) {
            // As docs/deploy.md configures the nodes: every database machine, the primary wherever it is now.
            String multi = single.replace("127.0.0.1:" + cluster.port(), "127.0.0.1:" + down.port() + ",127.0.0.1:"
                    + cluster.port()) + "&targetServerType=primary";
            try (Database database = Database.open(multi, dir)) {
                database.migrate(ContentStore.MIGRATIONS);
                boolean standby = database.jdbi().withHandle(h -> h.createQuery("SELECT pg_is_in_recovery()")
                        .mapTo(Boolean.class).one());
                assertThat(standby).as("connected to a primary").isFalse();
            }
        }
    }

    @Test
    void theLocationShownNeverCarriesThePassword() {
        String url = PostgresCluster.shared().newDatabase() + "&password=s3cret";
        try (Database database = Database.open(url, dir)) {
            assertThat(database.location()).doesNotContain("s3cret").contains("password=***");
        }
    }

    @Test
    void aUrlOfAnotherProductIsRefusedWithItsName() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/menkou?password=x", dir))
                .isInstanceOf(ContentException.class).hasMessageContaining("jdbc:mysql")
                .hasMessageNotContaining("password=x");
    }
}
