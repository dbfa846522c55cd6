package org.menkou.admin.cli;

import java.nio.file.Path;
import org.menkou.content.DataDirectory;
import org.menkou.content.db.Database;
import picocli.CommandLine.Option;

/**
 * Where a server-side command keeps its data: the data directory (files such as card keys, and the SQLite database
 * of a district) and, for a city, the shared PostgreSQL database. A picocli mixin shared by the admin commands.
 */
final class ServerStorage {
    /** Environment variable naming the shared database when {@code --db} is not given. */
    static final String DB_ENV = "MENKOU_DB";

    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--db", description = {"A city's shared PostgreSQL database, as a JDBC URL:",
            "jdbc:postgresql://HOST:5432/menkou?user=menkou (default: $MENKOU_DB, else the SQLite file in --data).",
            "Give its password in ~/.pgpass or $PGPASSWORD, not on the command line."})
    String db;

    /** The data directory these options name. */
    Path dataDir() {
        return DataDirectory.resolve(data, System.getenv());
    }

    /** The shared PostgreSQL database's URL these options name ({@code --db}, else $MENKOU_DB), or null for SQLite. */
    String sharedDatabaseUrl() {
        String url = db != null ? db : System.getenv(DB_ENV);
        return url == null || url.isBlank() ? null : url;
    }

    /** Opens the database these options name; the caller closes it. */
    Database open() {
        return Database.open(db != null ? db : System.getenv(DB_ENV), dataDir());
    }
}
