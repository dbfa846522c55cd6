package org.menkou.kiosk.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmEnding;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.AlarmState;

/**
 * The kiosk's alarm table ({@code kiosk_alarm}, migration area {@value #MIGRATIONS}, its scripts in this module's
 * {@code db/alarm}) in the kiosk's database, written on its durable connections: when {@link #raise} returns, the
 * alarm is on disk (fsync'd), so a crash or power cut right after the press loses nothing. Safe to use from several
 * threads.
 */
public final class AlarmJournal {
    /** The migration area of the alarm table. */
    public static final String MIGRATIONS = "alarm";
    private final Jdbi jdbi;
    private final Clock clock;

    private AlarmJournal(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Opens (creating and migrating if needed) the alarm table in {@code database}. */
    public static AlarmJournal open(Database database, Clock clock) {
        try {
            database.migrate(MIGRATIONS);
            return new AlarmJournal(database.durable(), clock);
        } catch (ContentException e) {
            throw new ContentException("cannot open the alarm table in " + database.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a new alarm (committed and fsync'd when this returns) and returns it; its id is a new UUID.
     *
     * @param kioskId    this kiosk's id if known, else null
     * @param stationId  the station if known, else null
     * @param residentId the identified resident's opaque id, else null
     * @param source     what raised it
     */
    public KioskAlarm raise(String kioskId, String stationId, String residentId, AlarmSource source) {
        KioskAlarm alarm = new KioskAlarm(UUID.randomUUID().toString(), kioskId, stationId, residentId, source,
                Instant.now(clock), null, null, false, null, false, null);
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO kiosk_alarm (id, kiosk_id, station_id, resident_id, source, pressed_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .bind(0, alarm.id()).bind(1, kioskId).bind(2, stationId).bind(3, residentId).bind(4, source.name())
                    .bind(5, alarm.pressedAt().toString()).execute());
        } catch (JdbiException e) {
            throw new ContentException("cannot write the alarm: " + e.getMessage(), e);
        }
        return alarm;
    }

    /** Alarms not yet finished (something still to send or to ask), oldest first. */
    public List<KioskAlarm> unfinished() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_alarm WHERE finished = 0 ORDER BY pressed_at")
                .map((rs, ctx) -> map(rs)).list());
    }

    public Optional<KioskAlarm> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_alarm WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** The newest alarm, if any (what the emergency screen shows after a restart). */
    public Optional<KioskAlarm> newest() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_alarm ORDER BY pressed_at DESC LIMIT 1")
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** The server acknowledged receipt. */
    public void delivered(String id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE kiosk_alarm SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL")
                .bind(0, Instant.now(clock).toString()).bind(1, id).execute());
    }

    /**
     * Records what the server said; a final state with nothing left to send finishes the alarm.
     *
     * @param escalationSent true once the server reports that an escalation channel really delivered
     */
    public void serverSays(String id, AlarmState state, boolean escalationSent) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE kiosk_alarm SET server_state = ?, escalated = ?,
                          delivered_at = COALESCE(delivered_at, ?),
                          finished = CASE WHEN ? = 1 AND (cancel_requested_at IS NULL OR cancel_delivered_at IS NOT NULL)
                                          THEN 1 ELSE 0 END
                        WHERE id = ?""")
                .bind(0, state.name()).bind(1, escalationSent ? 1 : 0).bind(2, Instant.now(clock).toString())
                .bind(3, state.isFinal() ? 1 : 0).bind(4, id).execute());
    }

    /** The call was ended here ({@code how}); the ending is sent like the alarm itself. */
    public void requestCancel(String id, AlarmEnding how) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE kiosk_alarm SET cancel_requested_at = ?, ended_by = ?
                        WHERE id = ? AND cancel_requested_at IS NULL""")
                .bind(0, Instant.now(clock).toString()).bind(1, how.name()).bind(2, id).execute());
    }

    /**
     * The server does not know this delivered, unfinished alarm (it was restored from a backup taken before the alarm
     * came): the alarm, and its ending if there is one, are to be sent again, under the same ids.
     */
    public void unknownToServer(String id) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE kiosk_alarm SET delivered_at = NULL, cancel_delivered_at = NULL
                        WHERE id = ? AND finished = 0""").bind(0, id).execute());
    }

    public void cancelDelivered(String id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE kiosk_alarm SET cancel_delivered_at = ? WHERE id = ?")
                .bind(0, Instant.now(clock).toString()).bind(1, id).execute());
    }

    /** Rows written before sources were an enum hold them in lower case; an unknown source is an error. */
    private static AlarmSource source(String stored) {
        return AlarmSource.fromName(stored)
                .orElseThrow(() -> new ContentException("kiosk_alarm.source '" + stored + "' is not an alarm source"));
    }

    private static KioskAlarm map(ResultSet rs) throws SQLException {
        String delivered = rs.getString("delivered_at");
        String state = rs.getString("server_state");
        String cancel = rs.getString("cancel_requested_at");
        return new KioskAlarm(rs.getString("id"), rs.getString("kiosk_id"), rs.getString("station_id"),
                rs.getString("resident_id"), source(rs.getString("source")), Instant.parse(rs.getString("pressed_at")),
                delivered == null ? null : Instant.parse(delivered), state == null ? null : AlarmState.valueOf(state),
                rs.getInt("escalated") == 1, cancel == null ? null : Instant.parse(cancel),
                rs.getString("cancel_delivered_at") != null,
                rs.getString("ended_by") == null ? null : AlarmEnding.valueOf(rs.getString("ended_by")));
    }
}
