package org.menkou.admin.settlement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Closed months and their adjustments ({@code settlement_close}, {@code settlement_adjustment}). A closed month's
 * statement is stored once, as it was when closed, and read back unchanged; corrections are adjustment lines.
 * Thread-safe.
 */
public final class SettlementBook {
    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;

    public SettlementBook(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    /** A closed month: its frozen statement, who closed it and when. */
    public record Closed(Statement statement, Instant closedAt, String closedBy) {
    }

    /** A correction of a closed month; {@code amountFen} positive when the street owes more. */
    public record Adjustment(String id, long amountFen, String reason, String by, Instant at) {
        public String amountYuan() {
            return Money.yuan(amountFen);
        }
    }

    public Optional<Closed> closed(String canteenId, YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT statement_json, closed_at, closed_by FROM settlement_close WHERE canteen_id = ? AND month = ?")
                .bind(0, canteenId).bind(1, month.toString())
                .map((rs, ctx) -> new Closed(read(rs.getString(1)), Instant.parse(rs.getString(2)), rs.getString(3)))
                .findOne());
    }

    /** Freezes {@code statement} as its month's; false (nothing changes) when the month was already closed. */
    public boolean close(Statement statement, String username) {
        String text;
        try {
            text = json.writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the statement", e);
        }
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO settlement_close (canteen_id, month, statement_json, closed_at, closed_by)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (canteen_id, month) DO NOTHING""")
                .bind(0, statement.canteenId()).bind(1, statement.month()).bind(2, text)
                .bind(3, clock.instant().toString()).bind(4, username).execute()) == 1;
    }

    /** Adds a correction to a closed month (the caller checks that it is closed); returns it. */
    public Adjustment adjust(String canteenId, YearMonth month, long amountFen, String reason, String username) {
        Adjustment a = new Adjustment(UUID.randomUUID().toString(), amountFen, reason, username, clock.instant());
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO settlement_adjustment (id, canteen_id, month, amount_fen, reason, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, a.id()).bind(1, canteenId).bind(2, month.toString()).bind(3, a.amountFen()).bind(4, reason)
                .bind(5, username).bind(6, a.at().toString()).execute());
        return a;
    }

    /** The adjustments of a month, oldest first. */
    public List<Adjustment> adjustments(String canteenId, YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, amount_fen, reason, created_by, created_at FROM settlement_adjustment
                        WHERE canteen_id = ? AND month = ? ORDER BY created_at, id""")
                .bind(0, canteenId).bind(1, month.toString())
                .map((rs, ctx) -> new Adjustment(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5))))
                .list());
    }

    private Statement read(String text) {
        try {
            return json.readValue(text, Statement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a closed statement", e);
        }
    }
}
