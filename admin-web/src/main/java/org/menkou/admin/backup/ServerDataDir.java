package org.menkou.admin.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.sqlite.SQLiteConfig;

/** What makes a directory an admin server's data directory, and what a copy of its database says about itself. */
final class ServerDataDir {
    /**
     * The migration area of the server's own tables ({@code AdminApp.MIGRATIONS}; named here, not imported, so this
     * package does not depend on the application that uses it).
     */
    static final String ADMIN_AREA = "admin";
    /** Flyway's history table of {@link #ADMIN_AREA}. */
    static final String ADMIN_HISTORY = "schema_history_" + ADMIN_AREA;

    private ServerDataDir() {
    }

    /**
     * Checks that {@code dataDir} holds an admin server's SQLite database (the file {@value Database#FILE_NAME} with the
     * server's tables in it), without changing anything.
     *
     * @throws BackupException saying what is missing
     */
    static void requireServer(Path dataDir) {
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!Files.isDirectory(dataDir)) {
            throw new BackupException(dataDir + " is not a directory; give the server's data directory (--data)");
        }
        if (!Files.isRegularFile(file)) {
            throw new BackupException(dataDir + " is not a server data directory: it has no " + Database.FILE_NAME
                    + " (a server on PostgreSQL is backed up with pg_dump, see docs/deploy.md)");
        }
        try (Connection c = readOnly(file)) {
            if (version(c, ADMIN_HISTORY) == null) {
                throw new BackupException(dataDir + " is not a server data directory: " + file
                        + " has no admin tables (a kiosk's data directory, or a server that never started)");
            }
        } catch (SQLException e) {
            throw new BackupException(file + " cannot be read as an SQLite database: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses the database {@code file} when a newer Menkou migrated it: this build would run on tables it does not
     * know. Says which migrations and what to do.
     *
     * @throws BackupException naming the unknown migrations
     */
    static void requireKnownSchema(Path file) {
        List<String> unknown = new ArrayList<>();
        try (Database database = Database.openSqlite(file)) {
            for (String area : List.of(ContentStore.MIGRATIONS, ADMIN_AREA)) {
                database.futureMigrations(area).forEach(m -> unknown.add(area + " " + m));
            }
        } catch (ContentException e) {
            throw new BackupException(e.getMessage(), e);
        }
        if (!unknown.isEmpty()) {
            throw new BackupException("the backup was made by a newer Menkou than this one (its database has "
                    + String.join(", ", unknown) + "); restore it with that version or newer");
        }
    }

    /** The manifest of a backup whose database copy is {@code copy} and whose members hash to {@code hashes}. */
    static BackupManifest describe(Path copy, String createdAt, Map<String, String> hashes) throws SQLException {
        try (Connection c = readOnly(copy)) {
            long contentVersion;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM content_change");
                 ResultSet rs = s.executeQuery()) {
                contentVersion = rs.next() ? rs.getLong(1) : 0;
            }
            return new BackupManifest(BackupManifest.FORMAT, createdAt, version(c, ADMIN_HISTORY),
                    version(c, "schema_history_content"), contentVersion, hashes);
        }
    }

    /** The newest applied migration recorded in Flyway's history table {@code table}, or null without that table. */
    static String version(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + table
                + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
