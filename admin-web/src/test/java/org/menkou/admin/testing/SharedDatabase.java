package org.menkou.admin.testing;

import java.nio.file.Path;
import org.menkou.content.db.Database;

/**
 * One database that several nodes of a test share, each opening it through its own connections as separate processes
 * would: the SQLite file {@code shared.db} in a test's directory.
 */
public final class SharedDatabase {
    private final Path dir;

    private SharedDatabase(Path dir) {
        this.dir = dir;
    }

    /** A new shared database for a test; {@code dir} is the test's temporary directory. */
    public static SharedDatabase create(Path dir) {
        return new SharedDatabase(dir);
    }

    /** A new connection (pools and all) to the shared database; the caller closes it. */
    public Database open() {
        return Database.openSqlite(dir.resolve("shared.db"));
    }
}
