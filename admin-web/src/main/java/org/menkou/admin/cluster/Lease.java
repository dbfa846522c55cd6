package org.menkou.admin.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A leader lease in the table {@code node_lease}: of all the nodes on one database that hold a {@code Lease} of the same
 * name, at most one {@link #held() holds} it at a time, and when that one dies another takes it over within
 * {@code ttl + renewEvery}.
 *
 * <p>Every {@code renewEvery} (on the "lease-NAME" thread, from {@link #start}) the node writes itself into the row with
 * an expiry {@code ttl} ahead, by one conditional upsert that succeeds only when it already holds the lease or the
 * row expired. It counts itself holder until {@code ttl - renewEvery} after its last successful renewal began, so a
 * node that can no longer renew (the database is unreachable, or it stalled) stops before anyone else may start:
 * within one renewal period after the first renewal it missed. That margin also absorbs clock differences between
 * nodes (the expiry is written by one node's clock and compared with another's), which must stay well below
 * {@code renewEvery}. {@link #close} gives the lease up at once, so a node stopped on purpose hands over within
 * {@code renewEvery}. Thread-safe.
 */
public final class Lease implements AutoCloseable {
    /** How often the holder renews, and how often the others try (2 s). */
    public static final Duration RENEW_EVERY = Duration.ofSeconds(2);
    /** How long a renewal lasts in the table (6 s): another node takes over at most 8 s after the holder died. */
    public static final Duration TTL = Duration.ofSeconds(6);
    private static final Logger log = LoggerFactory.getLogger(Lease.class);
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String GIVEN_UP = "0000-01-01T00:00:00.000Z";

    /** Who holds a lease by the table, and until when. */
    public record Holder(String node, Instant expiresAt) {
    }

    private final Jdbi jdbi;
    private final String name;
    private final String node;
    private final Clock clock;
    private final Duration renewEvery;
    private final Duration ttl;
    private volatile Instant heldUntil = Instant.MIN;
    private ScheduledExecutorService timer;
    private boolean closed;

    /**
     * @param name       which singleton work this lease is for, e.g. {@code singleton}
     * @param node       this node's id, unique among the nodes on the database
     * @param renewEvery how often to renew or try; shorter than {@code ttl}
     */
    public Lease(Jdbi jdbi, String name, String node, Clock clock, Duration renewEvery, Duration ttl) {
        if (renewEvery.compareTo(ttl) >= 0 || renewEvery.isNegative() || renewEvery.isZero()) {
            throw new IllegalArgumentException("renew the lease more often than it lasts");
        }
        this.jdbi = jdbi;
        this.name = name;
        this.node = node;
        this.clock = clock;
        this.renewEvery = renewEvery;
        this.ttl = ttl;
    }

    /** A lease renewed every {@link #RENEW_EVERY} that lasts {@link #TTL}. */
    public Lease(Jdbi jdbi, String name, String node, Clock clock) {
        this(jdbi, name, node, clock, RENEW_EVERY, TTL);
    }

    /** Starts renewing (or trying) now and every {@code renewEvery}; a second call does nothing. */
    public synchronized void start() {
        if (timer != null || closed) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-" + name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 0, renewEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One renewal or try, on the caller's thread (the timer's, or a test's). Returns whether this node holds the lease
     * now. A database failure is logged; the lease then lapses on its own. After {@link #close} it does nothing.
     */
    public synchronized boolean tick() {
        if (closed) {
            return false;
        }
        Instant began = Instant.now(clock);
        boolean before = held();
        boolean won;
        try {
            won = claim(began);
        } catch (JdbiException e) {
            log.warn("node {}: cannot renew lease '{}' ({}); holding it at most until {}", node, name, e.getMessage(),
                    before ? heldUntil : "-");
            return held();
        }
        heldUntil = won ? began.plus(ttl).minus(renewEvery) : Instant.MIN;
        if (won && !before) {
            log.info("node {} now holds lease '{}'", node, name);
        } else if (!won && before) {
            log.warn("node {} lost lease '{}' to node {}", node, name, holder().map(Holder::node).orElse("?"));
        }
        return won;
    }

    private boolean claim(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO node_lease (name, holder, acquired_at, expires_at) VALUES (:name, :node, :now, :expires)
                        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at,
                          acquired_at = CASE WHEN node_lease.holder = excluded.holder THEN node_lease.acquired_at
                                             ELSE excluded.acquired_at END
                        WHERE node_lease.holder = excluded.holder OR node_lease.expires_at <= excluded.acquired_at""")
                .bind("name", name).bind("node", node).bind("now", SORTABLE.format(now))
                .bind("expires", SORTABLE.format(now.plus(ttl))).execute()) == 1;
    }

    /** Whether this node holds the lease now: it renewed it less than {@code ttl - renewEvery} ago. */
    public boolean held() {
        return Instant.now(clock).isBefore(heldUntil);
    }

    /** This node's id. */
    public String node() {
        return node;
    }

    /** The holder the table names (perhaps expired), or empty before anyone took the lease. */
    public Optional<Holder> holder() {
        return jdbi.withHandle(h -> h.createQuery("SELECT holder, expires_at FROM node_lease WHERE name = ?")
                .bind(0, name).map((rs, ctx) -> new Holder(rs.getString(1), Instant.parse(rs.getString(2))))
                .findOne());
    }

    /** Stops renewing and, if this node holds the lease, gives it up so another node takes it at its next try. */
    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        boolean wasHeld = held();
        heldUntil = Instant.MIN;
        try {
            int released = jdbi.withHandle(h -> h.createUpdate(
                            "UPDATE node_lease SET expires_at = ? WHERE name = ? AND holder = ?")
                    .bind(0, GIVEN_UP).bind(1, name).bind(2, node).execute());
            if (released > 0 && wasHeld) {
                log.info("node {} gave up lease '{}'", node, name);
            }
        } catch (JdbiException e) {
            log.warn("node {}: cannot give up lease '{}' ({}); it expires on its own", node, name, e.getMessage());
        }
    }
}
