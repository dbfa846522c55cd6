package org.menkou.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.EventReceipt;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;

/**
 * The kiosk's event outbox: a table in the kiosk's own database (migration area {@value #MIGRATIONS}, its scripts in
 * this module's {@code db/sync}). An event is written before anything tries to send it and stays PENDING until the
 * server acknowledges it, so nothing accepted is lost across crashes or outages. Safe to use from several threads.
 */
public final class Outbox {
    /** The migration area of the outbox table. */
    public static final String MIGRATIONS = "sync";

    /** Delivery state of one event. */
    public enum State { PENDING, DELIVERED, REJECTED }

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;

    private Outbox(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    /** Opens (creating and migrating if needed) the outbox in {@code database}. */
    public static Outbox open(Database database, Clock clock) {
        try {
            database.migrate(MIGRATIONS);
            return new Outbox(database.jdbi(), SyncJson.strict(), clock);
        } catch (ContentException e) {
            throw new ContentException("cannot open the sync outbox in " + database.location() + ": " + e.getMessage(), e);
        }
    }

    /** Stores a new event and returns its id (a UUID); committed before this returns. */
    public String add(String type, Object payload) {
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(h -> insert(h, id, type, payload));
        return id;
    }

    /**
     * Stores a new event of {@code type} and drops the still-undelivered older ones of the same type, for events
     * where only the newest matters (heartbeats): an outage leaves one waiting heartbeat, not thousands.
     */
    public String replacePending(String type, Object payload) {
        String id = UUID.randomUUID().toString();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sync_outbox WHERE type = ? AND state = 'PENDING'").bind(0, type).execute();
            insert(h, id, type, payload);
        });
        return id;
    }

    private void insert(org.jdbi.v3.core.Handle h, String id, String type, Object payload) {
        h.createUpdate("INSERT INTO sync_outbox (id, type, created_at, payload) VALUES (?, ?, ?, ?)")
                .bind(0, id).bind(1, type).bind(2, Instant.now(clock).toString()).bind(3, encode(payload)).execute();
    }

    /** Up to {@code limit} undelivered events, oldest first. */
    public List<KioskEvent> pending(int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, type, created_at, payload FROM sync_outbox WHERE state = 'PENDING' ORDER BY seq LIMIT ?")
                .bind(0, limit)
                .map((rs, ctx) -> new KioskEvent(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                        decode(rs.getString(4))))
                .list());
    }

    /** Every event the outbox holds, pending, delivered and rejected. */
    public int size() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sync_outbox").mapTo(Integer.class).one());
    }

    public int pendingCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sync_outbox WHERE state = 'PENDING'")
                .mapTo(Integer.class).one());
    }

    /**
     * The payload field that carries a scanned resident card (a booking's {@code card}): kept only until the event
     * has left the outbox (delivered or rejected), then removed, so the kiosk does not hold cards it no longer needs.
     */
    static final String CARD_FIELD = "card";

    /** Marks events the server acknowledged, keeping the server's result (e.g. a booking's outcome). */
    public void delivered(List<EventReceipt> receipts) {
        jdbi.useTransaction(h -> receipts.forEach(r -> h.createUpdate("""
                        UPDATE sync_outbox SET state = 'DELIVERED', server_id = ?, result = ?, attempts = attempts + 1,
                            payload = json_remove(payload, '$.%s') WHERE id = ?""".formatted(CARD_FIELD))
                .bind(0, r.serverId()).bind(1, r.result() == null || r.result().isNull() ? null : r.result().toString())
                .bind(2, r.id()).execute()));
    }

    /**
     * Marks events the server refused for good (a 4xx), so they no longer hold up the ones behind them.
     *
     * @param code   the server's error code (e.g. {@code card_mismatch}), or null when it sent none
     * @param reason the server's message, for staff
     */
    public void rejected(List<String> ids, String code, String reason) {
        jdbi.useTransaction(h -> ids.forEach(id -> h.createUpdate("""
                        UPDATE sync_outbox SET state = 'REJECTED', reason_code = ?, reason = ?, attempts = attempts + 1,
                            payload = json_remove(payload, '$.%s') WHERE id = ?""".formatted(CARD_FIELD))
                .bind(0, code).bind(1, reason).bind(2, id).execute()));
    }

    public Optional<State> state(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT state FROM sync_outbox WHERE id = ?").bind(0, id)
                .mapTo(String.class).findOne().map(State::valueOf));
    }

    /**
     * An event with its delivery state, the server's result (null until delivered, or none), and when rejected the
     * server's error code (or null) and message.
     */
    public record Entry(KioskEvent event, State state, JsonNode result, String reasonCode, String reason) {
    }

    /** Every event of {@code type} still held (delivered ones included, until {@link #prune}d), oldest first. */
    public List<Entry> entries(String type) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, type, created_at, payload, state, result, reason_code, reason FROM sync_outbox
                        WHERE type = ? ORDER BY seq""")
                .bind(0, type)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    /**
     * The events of {@code type} whose payload has the top-level text field {@code field} equal to {@code value},
     * oldest first; only those rows are read and decoded.
     */
    public List<Entry> entries(String type, String field, String value) {
        if (!field.matches("[A-Za-z]{1,40}")) {
            throw new IllegalArgumentException("not a payload field name: " + field);
        }
        // The path is written into the SQL (the name is checked above) so that the expression indexes apply.
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, type, created_at, payload, state, result, reason_code, reason FROM sync_outbox
                        WHERE type = ? AND json_extract(payload, '$.%s') = ? ORDER BY seq""".formatted(field))
                .bind(0, type).bind(1, value)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    /**
     * Deletes the delivered and rejected events created before {@code before}; pending ones are always kept, so
     * nothing accepted is lost and the history stays bounded. Returns how many were deleted.
     */
    public int prune(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM sync_outbox WHERE state IN ('DELIVERED', 'REJECTED') AND created_at < ?")
                .bind(0, before.toString()).execute());
    }

    private Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(new KioskEvent(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                decode(rs.getString(4))), State.valueOf(rs.getString(5)),
                rs.getString(6) == null ? null : decode(rs.getString(6)), rs.getString(7), rs.getString(8));
    }

    private String encode(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new ContentException("cannot encode event payload: " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode decode(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ContentException("corrupt event in outbox: " + e.getOriginalMessage(), e);
        }
    }
}
