package org.menkou.content.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Signals} through PostgreSQL's NOTIFY and LISTEN. Publishing is one {@code pg_notify} on a pooled connection.
 * Listening holds one dedicated connection (never from the pool) on the "db-signals" thread, started by the first
 * subscription: it LISTENs to every subscribed channel, waits for notifications at most {@value #WAIT_MS} ms at a
 * time, asks the server {@code SELECT 1} after {@value #PROBE_AFTER_MS} ms without any, and when the connection
 * breaks (the server restarted, the network failed) opens a new one, after a delay that doubles from
 * {@value #FIRST_RETRY_MS} ms to at most {@value #LAST_RETRY_MS} ms. Signals sent while it was away are lost.
 */
final class PostgresSignals implements OwnedSignals {
    static final long WAIT_MS = 250;
    static final long PROBE_AFTER_MS = 5_000;
    static final long FIRST_RETRY_MS = 100;
    static final long LAST_RETRY_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);

    private final DataSource connections;
    private final Jdbi pooled;
    private final SignalListeners listeners = new SignalListeners();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Thread listener;

    /**
     * @param connections unpooled connections to the database, for the listening connection
     * @param pooled      pooled connections, for publishing
     */
    PostgresSignals(DataSource connections, Jdbi pooled) {
        this.connections = connections;
        this.pooled = pooled;
    }

    @Override
    public void publish(String channel, String payload) {
        Signals.check(channel, payload);
        try {
            pooled.useHandle(h -> h.createQuery("SELECT pg_notify(?, ?)").bind(0, channel).bind(1, payload)
                    .mapTo(String.class).findFirst());
        } catch (JdbiException e) {
            log.warn("signal on {} not sent: {}", channel, e.getMessage());
        }
    }

    @Override
    public Subscription subscribe(String channel, Consumer<String> onSignal) {
        Subscription s = listeners.add(channel, onSignal);
        startListening();
        return s;
    }

    private synchronized void startListening() {
        if (listener == null && closed.getCount() > 0) {
            listener = new Thread(this::listen, "db-signals");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /** The listener thread: one connection at a time until closed. */
    private void listen() {
        long retry = FIRST_RETRY_MS;
        boolean lost = false;
        while (closed.getCount() > 0) {
            try (Connection c = connections.getConnection()) {
                if (lost) {
                    log.info("database signals: listening again");
                }
                retry = FIRST_RETRY_MS;
                lost = false;
                serve(c, c.unwrap(PGConnection.class));
            } catch (SQLException e) {
                if (closed.getCount() == 0) {
                    break;
                }
                log.warn("database signals: no listening connection ({}); trying again in {} ms", e.getMessage(), retry);
                lost = true;
                if (awaitClosed(retry)) {
                    break;
                }
                retry = Math.min(retry * 2, LAST_RETRY_MS);
            }
        }
    }

    /** Listens on {@code c} until it fails or the signals close. */
    private void serve(Connection c, PGConnection pg) throws SQLException {
        Set<String> listening = new HashSet<>();
        long quietSince = System.nanoTime();
        while (closed.getCount() > 0) {
            for (String channel : listeners.channels()) {
                if (listening.add(channel)) {
                    execute(c, "LISTEN " + channel);
                }
            }
            PGNotification[] received = pg.getNotifications((int) WAIT_MS);
            if (received != null && received.length > 0) {
                for (PGNotification n : received) {
                    listeners.deliver(n.getName(), n.getParameter());
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.MILLISECONDS.toNanos(PROBE_AFTER_MS)) {
                execute(c, "SELECT 1");
                quietSince = System.nanoTime();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Waits {@code ms} unless closed first; true when closed. */
    private boolean awaitClosed(long ms) {
        try {
            return closed.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops listening: the listener thread ends within {@value #WAIT_MS} ms and closes its connection. */
    @Override
    public void close() {
        closed.countDown();
        Thread t;
        synchronized (this) {
            t = listener;
        }
        if (t != null) {
            try {
                t.join(WAIT_MS * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
