package org.menkou.content.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ContentException;
import org.menkou.content.DataDirectory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * The one database of a process, opened once and handed to every store that keeps tables in it. It owns the
 * connection pools, knows its {@link Vendor} (no other code does) and migrates each area of tables with the same
 * Flyway configuration. Two ways to commit: {@link #jdbi()} for ordinary writes, {@link #durable()} for what someone
 * holds a receipt for (an alarm, a booking, a kiosk event), which must survive a power cut once the commit returns.
 * Thread-safe. Whoever opens it closes it, after every store on it is done.
 */
public final class Database implements AutoCloseable {
    /** Name of the database file inside a data directory. */
    public static final String FILE_NAME = "menkou.db";
    /**
     * Connections per pool. SQLite writes one transaction at a time, so more writers only queue; readers in WAL mode
     * run beside the writer. A durable transaction may borrow an ordinary connection while it holds its own (the
     * booking rules read the menu so); nothing that holds an ordinary connection waits for a durable one, so the two
     * pools never wait on each other.
     */
    private static final int POOL_SIZE = 10;
    private static final long IDLE_MS = 60_000;
    static final long CONNECT_TIMEOUT_MS = 5_000;

    private final Vendor vendor;
    private final String location;
    private final Path directory;
    private final DataSource migrations;
    private final HikariDataSource ordinaryPool;
    private final HikariDataSource durablePool;
    private final Jdbi jdbi;
    private final Jdbi durable;
    /** The WAL checkpoints of an SQLite database; null for a server. */
    private final SqliteCheckpoints checkpoints;
    private OwnedSignals signals;

    Database(Vendor vendor, String location, Path directory, DataSource migrations, DataSource ordinary,
             DataSource durable) {
        this.vendor = vendor;
        this.location = location;
        this.directory = directory;
        this.migrations = migrations;
        this.ordinaryPool = pool("menkou-normal", ordinary);
        this.durablePool = pool("menkou-durable", durable);
        this.jdbi = Jdbi.create(ordinaryPool);
        this.durable = Jdbi.create(durablePool);
        this.checkpoints = vendor == Vendor.SQLITE ? new SqliteCheckpoints(migrations) : null;
    }

    /** The database of data directory {@code dataDir}: the SQLite file {@value #FILE_NAME} in it. */
    public static Database openIn(Path dataDir) {
        return openSqlite(dataDir.resolve(FILE_NAME));
    }

    /**
     * The database a process was told to use: a PostgreSQL JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB?user=U};
     * the password from {@code $PGPASSWORD} or {@code ~/.pgpass}, or in the URL), or else the SQLite database of data
     * directory {@code dataDir}.
     *
     * @param url a JDBC URL, or null for the data directory's SQLite file
     * @throws ContentException when {@code url} names a database product Menkou does not run on
     */
    public static Database open(String url, Path dataDir) {
        if (url == null || url.isBlank()) {
            return openIn(dataDir);
        }
        if (url.startsWith(PostgresServer.URL_PREFIX)) {
            return PostgresServer.open(url);
        }
        throw new ContentException("not a database Menkou runs on (jdbc:postgresql://… or a data directory): "
                + PostgresServer.withoutPassword(url));
    }

    /**
     * The SQLite database in {@code file}, created (mode 0600, its directory 0700, see {@link DataDirectory}) if it
     * does not exist. Nothing is read yet: a file that is not a database is reported by the first migration.
     */
    public static Database openSqlite(Path file) {
        Path absolute = DataDirectory.privateFile(file);
        return new Database(Vendor.SQLITE, absolute.toString(), absolute.getParent(),
                SqliteFile.connections(absolute, SQLiteConfig.SynchronousMode.NORMAL),
                SqliteFile.connections(absolute, SQLiteConfig.SynchronousMode.NORMAL),
                SqliteFile.connections(absolute, SQLiteConfig.SynchronousMode.FULL));
    }

    private static HikariDataSource pool(String name, DataSource connections) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(connections);
        config.setPoolName(name);
        config.setMaximumPoolSize(POOL_SIZE);
        // A request waits at most this long for a connection (e.g. while a database server restarts), then fails.
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        // Connections are made on demand and closed after a quiet minute, so an idle process holds none.
        config.setMinimumIdle(0);
        config.setIdleTimeout(IDLE_MS);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    public Vendor vendor() {
        return vendor;
    }

    /**
     * True when the database takes one writing transaction at a time (SQLite) and makes the others poll for its lock;
     * false when concurrent writers only wait for the rows they share (PostgreSQL).
     */
    public boolean oneWriterAtATime() {
        return vendor == Vendor.SQLITE;
    }

    /** Where the database is, for messages: a file's path or a server's URL without its password. */
    public String location() {
        return location;
    }

    /** The directory of an embedded database's file, where the process keeps its other files; empty for a server. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /**
     * Pooled connections whose last commits may be lost in a power cut, or a crash of the database server (never half
     * applied): everything but receipts.
     */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Pooled connections whose commits are on disk when they return: kiosk events, bookings, alarms. */
    public Jdbi durable() {
        return durable;
    }

    /**
     * Brings the tables of {@code area} up to date: the migrations in {@code db/AREA/common} and in the vendor's own
     * folder beside it (where SQL differs), recorded in the history table {@code schema_history_AREA}. A database
     * that already holds other areas' tables is baselined at version 0 first, so every migration of the area runs.
     *
     * @param area lower-case letters, e.g. {@code content}
     * @throws ContentException when a migration fails or the database cannot be read
     */
    public void migrate(String area) {
        try {
            flyway(area).migrate();
        } catch (FlywayException e) {
            throw new ContentException("the " + area + " migrations failed: " + e.getMessage(), e);
        }
    }

    /**
     * The migrations of {@code area} this database has applied that this build does not know, oldest first, as
     * "VERSION description": the database was last migrated by a newer Menkou. Empty for a database without them (or
     * without the area's history table). {@link #migrate} runs on such a database regardless, so a kiosk rolled back
     * to its previous release keeps working; a restore refuses it.
     *
     * @throws ContentException when the database cannot be read
     */
    public List<String> futureMigrations(String area) {
        try {
            List<String> future = new ArrayList<>();
            for (MigrationInfo m : flyway(area).info().applied()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    future.add("V" + m.getVersion() + " " + m.getDescription());
                }
            }
            return future;
        } catch (FlywayException e) {
            throw new ContentException("cannot read the " + area + " migrations of " + location + ": " + e.getMessage(), e);
        }
    }

    private Flyway flyway(String area) {
        if (!area.matches("[a-z]+")) {
            throw new IllegalArgumentException("not a migration area: " + area);
        }
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(migrations)
                .locations(locations(area))
                .table("schema_history_" + area)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** The migration folders of {@code area} that exist on the class path (Flyway warns about missing ones). */
    private String[] locations(String area) {
        List<String> found = new ArrayList<>();
        for (String folder : List.of("common", vendor.migrationFolder())) {
            String path = "db/" + area + "/" + folder;
            if (Database.class.getClassLoader().getResource(path) != null) {
                found.add("classpath:" + path);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no migrations for area " + area + " on the class path");
        }
        return found.toArray(String[]::new);
    }

    /**
     * Makes the transaction open on {@code h} check foreign keys when it commits, not after each statement, so a
     * batch of rows may arrive in any order as long as it ends consistent.
     */
    public void deferForeignKeys(Handle h) {
        vendor.deferForeignKeys(h);
    }

    /**
     * Runs {@code work} in one read-only transaction on an ordinary connection, on the calling thread: it reads one
     * consistent state of the database and does not take the write lock, so it neither waits for writers nor holds
     * them up (on SQLite the pools begin their transactions IMMEDIATE; this one begins DEFERRED). Repository calls that
     * {@code work} makes on this thread join it. {@code work} must not write.
     */
    public <R> R inReadTransaction(Supplier<R> work) {
        return jdbi.withHandle(h -> {
            if (vendor != Vendor.SQLITE) {
                return h.inTransaction(tx -> work.get());
            }
            SQLiteConnectionConfig config = sqliteConfig(h);
            SQLiteConfig.TransactionMode mode = config.getTransactionMode();
            config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            try {
                return h.inTransaction(tx -> work.get());
            } finally {
                config.setTransactionMode(mode);
            }
        });
    }

    private static SQLiteConnectionConfig sqliteConfig(Handle h) {
        try {
            return h.getConnection().unwrap(SQLiteConnection.class).getConnectionConfig();
        } catch (SQLException e) {
            throw new ContentException("not an SQLite connection: " + e.getMessage(), e);
        }
    }

    /**
     * The wake-ups between the processes on this database, made on first use: in process on SQLite, NOTIFY and
     * LISTEN on a server. Closed with the database.
     */
    public synchronized Signals signals() {
        if (signals == null) {
            signals = switch (vendor) {
                case SQLITE -> new LocalSignals();
                case POSTGRES -> new PostgresSignals(migrations, jdbi);
            };
        }
        return signals;
    }

    /** Closes the signals, the checkpoints and the pools; connections in use are closed when returned. */
    @Override
    public void close() {
        synchronized (this) {
            if (signals != null) {
                signals.close();
            }
        }
        if (checkpoints != null) {
            checkpoints.close();
        }
        durablePool.close();
        ordinaryPool.close();
    }

    @Override
    public String toString() {
        return vendor + " " + location;
    }
}
