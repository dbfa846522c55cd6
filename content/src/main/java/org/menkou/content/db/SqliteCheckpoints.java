package org.menkou.content.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies an SQLite database's write-ahead log back into its file every {@link #EVERY}, on its own "menkou-checkpoint"
 * thread and connection (PASSIVE: it never waits for, nor holds up, a writer or a reader). Done here, the copy and its
 * fsync stay off the path of the commits, which would otherwise run it inside a commit now and then (SQLite's
 * automatic checkpoint, see {@link SqliteFile}) while every other writer waits. One per open {@link Database}; closed
 * with it.
 */
final class SqliteCheckpoints implements AutoCloseable {
    /** How often the log is copied back. */
    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SqliteCheckpoints.class);
    private final DataSource connections;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "menkou-checkpoint");
        t.setDaemon(true);
        return t;
    });
    /** The checkpointing connection, opened by the constructor (or the thread, after a failure); then confined to the thread. */
    private Connection connection;
    /** Whether the last attempt failed, so a lasting failure is logged once; confined to the thread. */
    private boolean failing;

    /**
     * Starts checkpointing the database of {@code connections} (unpooled, as {@link SqliteFile} makes them). The
     * first checkpoint runs at once, so the thread's connection is open while the database's files surely exist (a
     * connection opened later could create {@code -wal}/{@code -shm} files again after they were deleted).
     */
    SqliteCheckpoints(DataSource connections) {
        this.connections = connections;
        // Opened on the caller's thread, before its first connection: the first connection to a new file switches it
        // to WAL, and two first connections at once can fail with SQLITE_BUSY. A file that is not a database is left
        // for the first migration to report; the thread tries again.
        try {
            connection = connections.getConnection();
        } catch (SQLException e) {
            connection = null;
        }
        thread.scheduleWithFixedDelay(this::checkpoint, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One PASSIVE checkpoint, on the thread; a failure is logged and the next one opens a new connection. */
    private void checkpoint() {
        try {
            if (connection == null) {
                connection = connections.getConnection();
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                rs.next();
            }
            failing = false;
        } catch (SQLException e) {
            if (!failing) {
                log.warn("WAL checkpoint failed ({}); commits checkpoint by themselves meanwhile", e.getMessage());
            }
            failing = true;
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the checkpoint connection: {}", e.getMessage());
            }
            connection = null;
        }
    }

    /** Stops the thread after the checkpoint under way, if any, and closes its connection. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (thread.awaitTermination(10, TimeUnit.SECONDS)) {
                closeConnection();
            } else {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
