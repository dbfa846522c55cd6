package org.menkou.admin.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.protocol.EscalationState;

/** The alarm tables (alarm, alarm_note, alarm_escalation). Thread-safe; connections are opened per call. */
public final class AlarmRepository {
    /** A responder's note on an alarm. */
    public record Note(Instant at, String username, String text) {
    }

    /** How an escalation channel delivered (or failed to). */
    public record Delivery(String channel, DeliveryState state, int attempts, String lastError) {
    }

    private final Jdbi jdbi;

    public AlarmRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a new alarm in the caller's transaction and returns it. */
    Alarm insert(Handle h, String kioskId, String alarmId, String stationId, String residentId, AlarmSource source,
                 Instant pressedAt, Instant now) {
        h.createUpdate("""
                        INSERT INTO alarm (kiosk_id, alarm_id, station_id, resident_id, source, pressed_at, received_at, state)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .bind(0, kioskId).bind(1, alarmId).bind(2, stationId).bind(3, residentId).bind(4, source.name())
                .bind(5, pressedAt.toString()).bind(6, now.toString()).execute();
        return find(h, kioskId, alarmId).orElseThrow();
    }

    Optional<Alarm> find(Handle h, String kioskId, String alarmId) {
        return h.createQuery("SELECT * FROM alarm WHERE kiosk_id = ? AND alarm_id = ?").bind(0, kioskId)
                .bind(1, alarmId).map((rs, ctx) -> map(rs)).findOne();
    }

    public Optional<Alarm> find(String kioskId, String alarmId) {
        return jdbi.withHandle(h -> find(h, kioskId, alarmId));
    }

    public Optional<Alarm> find(long seq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM alarm WHERE seq = ?").bind(0, seq)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Active alarms (oldest first), then the {@code recent} newest closed ones; only {@code stationId}'s if not null. */
    public List<Alarm> board(String stationId, int recent) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM (SELECT alarm.*, 0 AS part, seq AS place FROM alarm
                                       WHERE state IN ('OPEN', 'ACKNOWLEDGED') AND (:station IS NULL OR station_id = :station)) active
                        UNION ALL
                        SELECT * FROM (SELECT alarm.*, 1 AS part, -seq AS place FROM alarm
                                       WHERE state IN ('RESOLVED', 'CANCELLED') AND (:station IS NULL OR station_id = :station)
                                       ORDER BY seq DESC LIMIT :recent) closed
                        ORDER BY part, place""")
                .bind("station", stationId).bind("recent", recent).map((rs, ctx) -> map(rs)).list());
    }

    /** Every alarm (for tests and counts). */
    public List<Alarm> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM alarm ORDER BY seq").map((rs, ctx) -> map(rs)).list());
    }

    /** OPEN → ACKNOWLEDGED; false when it was not open. */
    boolean acknowledge(Handle h, long seq, String username, Instant now) {
        return h.createUpdate("""
                        UPDATE alarm SET state = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?
                        WHERE seq = ? AND state = 'OPEN'""")
                .bind(0, username).bind(1, now.toString()).bind(2, seq).execute() == 1;
    }

    /** An active alarm → {@code state} (RESOLVED or CANCELLED); false when it was already closed. */
    boolean close(Handle h, long seq, AlarmState state, String username, Instant now) {
        return h.createUpdate("""
                        UPDATE alarm SET state = ?, closed_by = ?, closed_at = ?
                        WHERE seq = ? AND state IN ('OPEN', 'ACKNOWLEDGED')""")
                .bind(0, state.name()).bind(1, username).bind(2, now.toString()).bind(3, seq).execute() == 1;
    }

    void addNote(Handle h, long seq, String username, String text, Instant now) {
        h.createUpdate("INSERT INTO alarm_note (alarm, at, username, text) VALUES (?, ?, ?, ?)")
                .bind(0, seq).bind(1, now.toString()).bind(2, username).bind(3, text).execute();
    }

    public List<Note> notes(long seq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT at, username, text FROM alarm_note WHERE alarm = ? ORDER BY id")
                .bind(0, seq).map((rs, ctx) -> new Note(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list());
    }

    /** OPEN alarms received before {@code cutoff} and not yet escalated. */
    List<Alarm> dueForEscalation(Instant cutoff) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM alarm WHERE state = 'OPEN' AND escalated_at IS NULL AND received_at < ? ORDER BY seq""")
                .bind(0, cutoff.toString()).map((rs, ctx) -> map(rs)).list());
    }

    /** Marks the alarm escalated; true only for the one caller that changed it (so each alarm escalates once). */
    /**
     * Marks an open alarm escalated and, in the same transaction, each of {@code channels} as {@link DeliveryState#SENDING}
     * with no try yet, so nobody reading the alarm sees it escalated without its channels. False when it was already
     * escalated or is no longer open.
     */
    boolean markEscalated(long seq, Instant now, List<String> channels) {
        return jdbi.inTransaction(h -> {
            int marked = h.createUpdate(
                            "UPDATE alarm SET escalated_at = ? WHERE seq = ? AND escalated_at IS NULL AND state = 'OPEN'")
                    .bind(0, now.toString()).bind(1, seq).execute();
            if (marked != 1) {
                return false;
            }
            for (String channel : channels) {
                h.createUpdate("""
                                INSERT INTO alarm_escalation (alarm, channel, state, attempts, last_error, updated_at)
                                VALUES (?, ?, ?, 0, NULL, ?)
                                ON CONFLICT (alarm, channel) DO NOTHING""")
                        .bind(0, seq).bind(1, channel).bind(2, DeliveryState.SENDING.name()).bind(3, now.toString())
                        .execute();
            }
            return true;
        });
    }

    /** A channel's delivery of an escalation that is still under way, as last recorded. */
    record OpenDelivery(long seq, String channel, int attempts, String updatedAt) {
    }

    /** Deliveries still under way that nobody has touched since {@code before}: their node stopped mid-way. */
    List<OpenDelivery> abandonedDeliveries(Instant before) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT alarm, channel, attempts, updated_at FROM alarm_escalation
                        WHERE state = 'SENDING' AND updated_at < ? ORDER BY alarm, channel""")
                .bind(0, before.toString())
                .map((rs, ctx) -> new OpenDelivery(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4))).list());
    }

    /** Takes over {@code d} for this node: true for exactly one node, the one whose update still found it as read. */
    boolean takeOver(OpenDelivery d, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE alarm_escalation SET updated_at = ?
                        WHERE alarm = ? AND channel = ? AND state = 'SENDING' AND updated_at = ?""")
                .bind(0, now.toString()).bind(1, d.seq()).bind(2, d.channel()).bind(3, d.updatedAt()).execute()) == 1;
    }

    void delivery(long seq, String channel, DeliveryState state, int attempts, String error, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO alarm_escalation (alarm, channel, state, attempts, last_error, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (alarm, channel) DO UPDATE SET state = excluded.state, attempts = excluded.attempts,
                          last_error = excluded.last_error, updated_at = excluded.updated_at""")
                .bind(0, seq).bind(1, channel).bind(2, state.name()).bind(3, attempts).bind(4, error)
                .bind(5, now.toString())
                .execute());
    }

    public List<Delivery> deliveries(long seq) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT channel, state, attempts, last_error FROM alarm_escalation WHERE alarm = ? ORDER BY channel")
                .bind(0, seq).map((rs, ctx) -> new Delivery(rs.getString(1), DeliveryState.ofStored(rs.getString(2)),
                        rs.getInt(3), rs.getString(4)))
                .list());
    }

    /**
     * How far the escalation of {@code a} got: NONE before it is due, SENT once any channel delivered, SENDING while
     * one still tries, FAILED when every channel gave up (or none is configured).
     */
    public EscalationState escalation(Alarm a) {
        if (a.escalatedAt() == null) {
            return EscalationState.NONE;
        }
        List<DeliveryState> states = deliveries(a.seq()).stream().map(Delivery::state).toList();
        if (states.contains(DeliveryState.SENT)) {
            return EscalationState.SENT;
        }
        return states.contains(DeliveryState.SENDING) ? EscalationState.SENDING : EscalationState.FAILED;
    }

    private static Alarm map(ResultSet rs) throws SQLException {
        return new Alarm(rs.getLong("seq"), rs.getString("kiosk_id"), rs.getString("alarm_id"), rs.getString("station_id"),
                rs.getString("resident_id"), AlarmSource.valueOf(rs.getString("source")), instant(rs, "pressed_at"), instant(rs, "received_at"),
                AlarmState.valueOf(rs.getString("state")), rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"),
                rs.getString("closed_by"), instant(rs, "closed_at"), instant(rs, "escalated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Instant.parse(value);
    }
}
