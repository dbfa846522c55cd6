package org.menkou.admin.testing;

import java.nio.file.Path;
import org.menkou.content.db.Database;
import org.menkou.content.testing.PostgresCluster;
import org.menkou.content.testing.TestDatabases;

/**
 * One database that several nodes of a test share, each opening it through its own connections as separate processes
 * would: the SQLite file {@code shared.db} in the test's directory, or (in the build's PostgreSQL run, see
 * {@link TestDatabases}) a fresh database on this JVM's test cluster.
 */
public final class SharedDatabase {
    private final Path dir;
    private final String url;

    private SharedDatabase(Path dir, String url) {
        this.dir = dir;
        this.url = url;
    }

    /** A new shared database for a test; {@code dir} is the test's temporary directory. */
    public static SharedDatabase create(Path dir) {
        return new SharedDatabase(dir, TestDatabases.postgres() ? PostgresCluster.shared().newDatabase() : null);
    }

    /** A shared database on {@code cluster} (a test's own, e.g. one it restarts). */
    public static SharedDatabase on(PostgresCluster cluster, Path dir) {
        return new SharedDatabase(dir, cluster.newDatabase());
    }

    /** True when the nodes share a database server (their signals then travel between them). */
    public boolean server() {
        return url != null;
    }

    /** A new connection (pools and all) to the shared database; the caller closes it. */
    public Database open() {
        return url != null ? Database.open(url, dir) : Database.openSqlite(dir.resolve("shared.db"));
    }
}
