package org.menkou.content.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The connection settings of every Menkou SQLite database, written once: WAL journal, foreign keys enforced, a busy
 * timeout of {@value #BUSY_TIMEOUT_MS} ms, transactions that take the write lock when they begin, and synchronous
 * NORMAL (a power cut may lose the last commits, never corrupt the file) or FULL (each commit is fsync'd before it
 * returns). A commit copies the write-ahead log back into the file itself only when the log has grown past
 * {@value #AUTOCHECKPOINT_PAGES} pages (SQLite's default is 1,000): {@link SqliteCheckpoints} does it every second, off
 * the commits' path; this is the backstop for a process that writes much and closes soon.
 */
final class SqliteFile {
    static final int BUSY_TIMEOUT_MS = 5_000;
    static final int AUTOCHECKPOINT_PAGES = 20_000;

    private SqliteFile() {
    }

    /** Unpooled connections to {@code file}, which must exist (created private by the caller). */
    static SQLiteDataSource connections(Path file, SQLiteConfig.SynchronousMode synchronous) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(synchronous);
        // A transaction takes the write lock when it begins (BEGIN IMMEDIATE) and waits for it up to the busy timeout.
        // A deferred one that read first and then writes fails at once with SQLITE_BUSY_SNAPSHOT when another
        // connection committed in between, which no timeout helps.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config) {
            @Override
            public SQLiteConnection getConnection(String username, String password) throws SQLException {
                SQLiteConnection connection = super.getConnection(username, password);
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA wal_autocheckpoint = " + AUTOCHECKPOINT_PAGES);
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
                return connection;
            }
        };
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
