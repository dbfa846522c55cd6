package org.menkou.admin.alarm;

import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.menkou.content.db.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm board's live channel: every open board holds a WebSocket to one node; each change is pushed to all of
 * them as one small JSON message {@code {"kind": "alarm", "seq": 12}} (no personal data; the board then fetches what
 * it may see). Messages go out on one "alarm-feed" thread, in order, so publishing never blocks a database
 * transaction.
 *
 * <p>Across nodes on one database: a change published here is counted in the table {@code board_change} (one row per
 * kind: the newest seq and a version) and signalled on {@link Signals} channel {@value #CHANNEL} as
 * {@code "KIND SEQ VERSION"}; every node's feed pushes a signalled change to its own boards unless it already pushed
 * that version or a newer one of the kind. A signal can be lost (a node reconnecting to the database), so every
 * {@code pollEvery} each feed also reads {@code board_change} and pushes the kinds whose version moved. All state
 * below is confined to the "alarm-feed" thread.
 */
public final class BoardFeed implements AutoCloseable {
    /** The signal channel of board changes. */
    public static final String CHANNEL = "menkou_board";
    /** How often each node reads the change marker by default, for what a lost signal did not bring. */
    public static final Duration POLL_EVERY = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);
    private final Set<WsContext> boards = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alarm-feed");
        t.setDaemon(true);
        return t;
    });
    private final Jdbi jdbi;
    private final Signals signals;
    private final Duration pollEvery;
    /** The newest version pushed of each kind; confined to the sender thread. */
    private final Map<Change, Long> pushed = new EnumMap<>(Change.class);
    private Signals.Subscription subscription;
    private boolean started;

    /** What changed, named on the wire by {@link #kind()}. */
    public enum Change {
        /** An alarm was raised, acknowledged, closed or noted. */
        ALARM("alarm"),
        /** An alarm's escalation started or one of its channels delivered or gave up. */
        ESCALATION("escalation"),
        /** A kiosk went silent or was heard again. */
        OFFLINE("offline"),
        /** A kiosk reported its daily button self-test. */
        SELFTEST("selftest");

        private final String kind;

        Change(String kind) {
            this.kind = kind;
        }

        /** The message's {@code kind}, e.g. {@code alarm}. */
        public String kind() {
            return kind;
        }

        static Change ofKind(String kind) {
            for (Change c : values()) {
                if (c.kind.equals(kind)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no board change of kind " + kind);
        }
    }

    /**
     * @param jdbi      the database of the alarm tables (for {@code board_change})
     * @param signals   the database's signals, shared by the nodes on it
     * @param pollEvery how often to read the change marker once started
     */
    BoardFeed(Jdbi jdbi, Signals signals, Duration pollEvery) {
        this.jdbi = jdbi;
        this.signals = signals;
        this.pollEvery = pollEvery;
    }

    /**
     * Listens to the other nodes: subscribes to the signals and reads the change marker every {@code pollEvery}. Until
     * then changes published here reach this node's boards only. A second call does nothing.
     */
    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        submit(this::remember);
        subscription = signals.subscribe(CHANNEL, payload -> submit(() -> signalled(payload)));
        long ms = pollEvery.toMillis();
        sender.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
    }

    void join(WsContext board) {
        boards.add(board);
    }

    void leave(WsContext board) {
        boards.remove(board);
    }

    /** Tells every board on every node what changed ({@code seq} the alarm's, or 0); returns at once. */
    public void publish(Change change, long seq) {
        submit(() -> {
            push(change, seq);
            long version;
            try {
                version = count(change, seq);
            } catch (JdbiException e) {
                log.warn("board change {} #{} not counted ({}); other nodes see it at their boards' next refresh",
                        change.kind(), seq, e.getMessage());
                return;
            }
            pushed.merge(change, version, Math::max);
            signals.publish(CHANNEL, change.kind() + " " + seq + " " + version);
        });
    }

    /** Records the change in {@code board_change} and returns its version. */
    private long count(Change change, long seq) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO board_change (kind, seq, version) VALUES (?, ?, 1)
                            ON CONFLICT (kind) DO UPDATE SET seq = excluded.seq, version = board_change.version + 1""")
                    .bind(0, change.kind()).bind(1, seq).execute();
            return h.createQuery("SELECT version FROM board_change WHERE kind = ?").bind(0, change.kind())
                    .mapTo(Long.class).one();
        });
    }

    /** A change signalled by any node (this one too): pushed unless this version was pushed already. */
    private void signalled(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        try {
            Change change = Change.ofKind(parts[0]);
            long seq = Long.parseLong(parts[1]);
            long version = Long.parseLong(parts[2]);
            if (version > pushed.getOrDefault(change, 0L)) {
                pushed.put(change, version);
                push(change, seq);
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            log.warn("ignoring a board signal that is not KIND SEQ VERSION: {}", payload);
        }
    }

    /** The versions now in the table, as pushed: a node that starts does not repeat old changes. */
    private void remember() {
        try {
            readMarker().forEach((change, row) -> pushed.merge(change, row[1], Math::max));
        } catch (JdbiException e) {
            log.warn("board change marker unreadable ({}); reading it again in {} ms", e.getMessage(),
                    pollEvery.toMillis());
        }
    }

    /** Pushes each kind whose version in the table moved past the one pushed. */
    private void poll() {
        try {
            readMarker().forEach((change, row) -> {
                if (row[1] > pushed.getOrDefault(change, 0L)) {
                    log.info("board change {} #{} came by the marker, not by a signal", change.kind(), row[0]);
                    pushed.put(change, row[1]);
                    push(change, row[0]);
                }
            });
        } catch (JdbiException e) {
            log.warn("board change marker unreadable ({}); reading it again in {} ms", e.getMessage(),
                    pollEvery.toMillis());
        }
    }

    /** Each kind's row of {@code board_change}: {seq, version}. */
    private Map<Change, long[]> readMarker() {
        Map<Change, long[]> rows = new EnumMap<>(Change.class);
        jdbi.useHandle(h -> h.createQuery("SELECT kind, seq, version FROM board_change")
                .map((rs, ctx) -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .forEach(e -> {
                    for (Change c : Change.values()) {
                        if (c.kind().equals(e.getKey())) {
                            rows.put(c, e.getValue());
                        }
                    }
                }));
        return rows;
    }

    private void push(Change change, long seq) {
        String message = "{\"kind\":\"" + change.kind() + "\",\"seq\":" + seq + "}";
        boards.forEach(b -> {
            try {
                b.send(message);
            } catch (RuntimeException e) {
                log.info("dropping a board connection: {}", e.toString());
                boards.remove(b);
            }
        });
    }

    private void submit(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("board feed closed: change dropped");
        }
    }

    /** Number of boards connected now. */
    public int boards() {
        return boards.size();
    }

    @Override
    public synchronized void close() {
        if (subscription != null) {
            subscription.close();
        }
        sender.shutdownNow();
    }
}
