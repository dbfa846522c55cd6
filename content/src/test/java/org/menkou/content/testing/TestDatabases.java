package org.menkou.content.testing;

import java.nio.file.Path;
import org.menkou.content.db.Database;

/**
 * The database a server-side test runs on. By default the SQLite file of data directory {@code dir}; with the system
 * property {@value #VENDOR_PROPERTY}{@code =postgres} (the build's second test run of admin-web) a fresh database on
 * this JVM's {@link PostgresCluster}. The caller closes what it opens.
 */
public final class TestDatabases {
    /** System property naming the vendor server tests run on: {@code sqlite} (default) or {@code postgres}. */
    public static final String VENDOR_PROPERTY = "menkou.test.vendor";

    private TestDatabases() {
    }

    /** True when server tests run on PostgreSQL in this JVM. */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty(VENDOR_PROPERTY));
    }

    /** A new, empty server database: the SQLite file in {@code dir}, or a fresh PostgreSQL database. */
    public static Database server(Path dir) {
        return postgres() ? Database.open(PostgresCluster.shared().newDatabase(), dir) : Database.openIn(dir);
    }
}
