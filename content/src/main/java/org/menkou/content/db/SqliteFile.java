package org.menkou.content.db;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection settings of every Menkou SQLite database, written once: WAL journal, foreign keys enforced, a busy
 * timeout of {@value #BUSY_TIMEOUT_MS} ms, and synchronous NORMAL (a power cut may lose the last commits, never
 * corrupt the file) or FULL (each commit is fsync'd before it returns).
 */
final class SqliteFile {
    static final int BUSY_TIMEOUT_MS = 5_000;

    private SqliteFile() {
    }

    /** Unpooled connections to {@code file}, which must exist (created private by the caller). */
    static SQLiteDataSource connections(Path file, SQLiteConfig.SynchronousMode synchronous) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(synchronous);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
