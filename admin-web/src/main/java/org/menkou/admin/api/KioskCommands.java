package org.menkou.admin.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.RemoteCommand;

/**
 * Remote actions on kiosks (table {@code kiosk_command}): an admin {@link #request asks}, the kiosk fetches its
 * {@link #pending} commands and {@link #complete completes} each with a result. A command the kiosk has not answered
 * within {@link #EXPIRE_AFTER} expires. Times are stored to the second, so their text sorts as time. Thread-safe.
 */
public final class KioskCommands {
    /** How long a command waits for its kiosk before it expires. */
    public static final Duration EXPIRE_AFTER = Duration.ofMinutes(10);

    /** Where a command stands. */
    public enum State { PENDING, DONE, FAILED, EXPIRED }

    /**
     * One command as the kiosk page shows it.
     *
     * @param result      the kiosk's answer, or null while pending or expired
     * @param completedAt when it was answered or expired, or null
     */
    public record Command(long id, String kioskId, RemoteCommand.Kind kind, String requestedBy, Instant requestedAt,
                          State state, String result, Instant completedAt) {
        public boolean pending() {
            return state == State.PENDING;
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public KioskCommands(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Asks {@code kioskId} (which the caller has checked exists) to do {@code kind}; when the same kind is already
     * pending for it, that command is returned instead of a second one (a double click restarts once).
     */
    public Command request(String kioskId, RemoteCommand.Kind kind, String by) {
        return jdbi.inTransaction(h -> {
            expire(h, kioskId);
            Optional<Command> open = h.createQuery("SELECT * FROM kiosk_command WHERE kiosk_id = ? AND kind = ? AND state = ?")
                    .bind(0, kioskId).bind(1, kind.name()).bind(2, State.PENDING.name()).map((rs, c) -> map(rs)).findFirst();
            if (open.isPresent()) {
                return open.get();
            }
            long id = h.createUpdate("""
                            INSERT INTO kiosk_command (kiosk_id, kind, requested_by, requested_at, state)
                            VALUES (?, ?, ?, ?, ?)""")
                    .bind(0, kioskId).bind(1, kind.name()).bind(2, by).bind(3, now().toString())
                    .bind(4, State.PENDING.name()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return h.createQuery("SELECT * FROM kiosk_command WHERE id = ?").bind(0, id).map((rs, c) -> map(rs)).one();
        });
    }

    /** Whether {@code kioskId} has a pending command; one indexed look-up, asked on each content pull. */
    public boolean hasPending(String kioskId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM kiosk_command WHERE kiosk_id = ? AND state = ? LIMIT 1")
                .bind(0, kioskId).bind(1, State.PENDING.name()).mapTo(Integer.class).findFirst().isPresent());
    }

    /** The pending commands of {@code kioskId}, oldest first, after expiring those too old. */
    public List<RemoteCommand> pending(String kioskId) {
        expire(kioskId);
        return jdbi.withHandle(h -> h.createQuery("SELECT id, kind FROM kiosk_command WHERE kiosk_id = ? AND state = ? ORDER BY id")
                .bind(0, kioskId).bind(1, State.PENDING.name())
                .map((rs, c) -> new RemoteCommand(rs.getLong(1), RemoteCommand.Kind.valueOf(rs.getString(2)))).list());
    }

    /**
     * Records the kiosk's result of command {@code id}. Refused with 404 when {@code kioskId} has no such command
     * (another kiosk's commands are unknown to it) and with 409 when it is no longer pending.
     */
    public void complete(String kioskId, long id, CommandResult result) {
        if (result == null || result.text() == null || result.text().length() > CommandResult.MAX_CHARS) {
            throw new ApiException(400, "bad_result", "a result needs a text of at most " + CommandResult.MAX_CHARS
                    + " characters");
        }
        Command c = find(id).filter(x -> x.kioskId().equals(kioskId))
                .orElseThrow(() -> new ApiException(404, "unknown_command", "this kiosk has no command " + id));
        int updated = jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE kiosk_command SET state = ?, result = ?, completed_at = ?
                        WHERE id = ? AND kiosk_id = ? AND state = ?""")
                .bind(0, (result.ok() ? State.DONE : State.FAILED).name()).bind(1, result.text())
                .bind(2, now().toString()).bind(3, id).bind(4, kioskId).bind(5, State.PENDING.name()).execute());
        if (updated == 0) {
            throw new ApiException(409, "not_pending", "command " + id + " is " + c.state().name().toLowerCase()
                    + ", not pending");
        }
    }

    public Optional<Command> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_command WHERE id = ?").bind(0, id)
                .map((rs, c) -> map(rs)).findFirst());
    }

    /** The newest {@code limit} commands of {@code kioskId}, newest first, after expiring those too old. */
    public List<Command> history(String kioskId, int limit) {
        expire(kioskId);
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_command WHERE kiosk_id = ? ORDER BY id DESC LIMIT ?")
                .bind(0, kioskId).bind(1, limit).map((rs, c) -> map(rs)).list());
    }

    /** The newest answered command of {@code kind} for {@code kioskId}, e.g. the latest screen. */
    public Optional<Command> latestAnswered(String kioskId, RemoteCommand.Kind kind) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM kiosk_command WHERE kiosk_id = ? AND kind = ? AND state IN ('DONE', 'FAILED')
                        ORDER BY id DESC LIMIT 1""")
                .bind(0, kioskId).bind(1, kind.name()).map((rs, c) -> map(rs)).findFirst());
    }

    private void expire(String kioskId) {
        jdbi.useHandle(h -> expire(h, kioskId));
    }

    private void expire(Handle h, String kioskId) {
        Instant now = now();
        h.createUpdate("""
                        UPDATE kiosk_command SET state = ?, completed_at = ?
                        WHERE kiosk_id = ? AND state = ? AND requested_at < ?""")
                .bind(0, State.EXPIRED.name()).bind(1, now.toString()).bind(2, kioskId).bind(3, State.PENDING.name())
                .bind(4, now.minus(EXPIRE_AFTER).toString()).execute();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Command map(ResultSet rs) throws SQLException {
        String completed = rs.getString("completed_at");
        return new Command(rs.getLong("id"), rs.getString("kiosk_id"), RemoteCommand.Kind.valueOf(rs.getString("kind")),
                rs.getString("requested_by"), Instant.parse(rs.getString("requested_at")),
                State.valueOf(rs.getString("state")), rs.getString("result"),
                completed == null ? null : Instant.parse(completed));
    }
}
