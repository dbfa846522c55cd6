package org.menkou.content.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.menkou.content.db.Database;

/**
 * The database a server-side test runs on: by default the SQLite file of its data directory; with the system property
 * {@value #VENDOR_PROPERTY}{@code =postgres} (the build's second run of the admin-web and integration tests) a
 * PostgreSQL database on this JVM's {@link PostgresCluster}. The caller closes what it opens.
 */
public final class TestDatabases {
    /** System property naming the vendor server tests run on: {@code sqlite} (default) or {@code postgres}. */
    public static final String VENDOR_PROPERTY = "menkou.test.vendor";
    /** The file in a data directory naming its PostgreSQL test database. */
    static final String URL_FILE = "test-database.url";

    private TestDatabases() {
    }

    /** True when server tests run on PostgreSQL in this JVM. */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty(VENDOR_PROPERTY));
    }

    /**
     * The server database of data directory {@code dir}: its SQLite file, or a PostgreSQL database made for it on
     * first use (its URL kept in {@value #URL_FILE} in {@code dir}), so that a server restarted on the same directory
     * finds its data again, on either vendor.
     */
    public static Database server(Path dir) {
        if (!postgres()) {
            return Database.openIn(dir);
        }
        try {
            Path file = Files.createDirectories(dir).resolve(URL_FILE);
            if (!Files.exists(file)) {
                Files.writeString(file, PostgresCluster.shared().newDatabase());
            }
            return Database.open(Files.readString(file).strip(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
