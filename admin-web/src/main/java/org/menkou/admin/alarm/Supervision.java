package org.menkou.admin.alarm;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.protocol.AlarmSelfTest;

/**
 * Kiosk supervision: "终端离线" alerts for kiosks that stopped heartbeating, and each kiosk's newest emergency button
 * self-test. Thread-safe.
 */
public final class Supervision {
    /** An open offline alert. */
    public record OfflineAlert(String kioskId, String stationId, String label, Instant lastHeard, Instant raisedAt) {
    }

    /** A kiosk whose last self-test found no button. */
    public record ButtonProblem(String kioskId, String stationId, String label, Instant at, String button, String message) {
    }

    private final Jdbi jdbi;

    public Supervision(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Raises an alert for every active kiosk heard before {@code cutoff} that has none open, and clears the open
     * alerts of kiosks heard since. Returns true when anything changed. Two reviews at once (two nodes) raise each
     * alert once: a unique index admits one open alert per kiosk.
     */
    boolean review(Instant cutoff, Instant now) {
        return jdbi.inTransaction(h -> {
            int raised = h.createUpdate("""
                            INSERT INTO kiosk_offline_alert (kiosk_id, raised_at, last_heard)
                            SELECT id, ?, last_heartbeat FROM kiosk k
                            WHERE revoked = 0 AND last_heartbeat IS NOT NULL AND last_heartbeat < ?
                              AND NOT EXISTS (SELECT 1 FROM kiosk_offline_alert a WHERE a.kiosk_id = k.id AND a.cleared_at IS NULL)
                            ON CONFLICT DO NOTHING""")
                    .bind(0, now.toString()).bind(1, cutoff.toString()).execute();
            int cleared = h.createUpdate("""
                            UPDATE kiosk_offline_alert SET cleared_at = ?
                            WHERE cleared_at IS NULL AND kiosk_id IN
                              (SELECT id FROM kiosk WHERE revoked = 1 OR last_heartbeat >= ?)""")
                    .bind(0, now.toString()).bind(1, cutoff.toString()).execute();
            return raised + cleared > 0;
        });
    }

    public List<OfflineAlert> openAlerts(String stationId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.kiosk_id, k.station_id, k.label, a.last_heard, a.raised_at FROM kiosk_offline_alert a
                        JOIN kiosk k ON k.id = a.kiosk_id WHERE a.cleared_at IS NULL
                          AND (:station IS NULL OR k.station_id = :station) ORDER BY a.id""")
                .bind("station", stationId)
                .map((rs, ctx) -> new OfflineAlert(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)))).list());
    }

    /** Records a kiosk's self-test in the caller's transaction. */
    void selfTest(Handle h, String kioskId, AlarmSelfTest test, Instant now) {
        h.createUpdate("""
                        INSERT INTO kiosk_button_check (kiosk_id, at, present, button, message) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (kiosk_id) DO UPDATE SET at = excluded.at, present = excluded.present,
                          button = excluded.button, message = excluded.message""")
                .bind(0, kioskId).bind(1, now.toString()).bind(2, test.buttonPresent() ? 1 : 0).bind(3, test.button())
                .bind(4, test.message()).execute();
    }

    public List<ButtonProblem> buttonProblems(String stationId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.kiosk_id, k.station_id, k.label, c.at, c.button, c.message FROM kiosk_button_check c
                        JOIN kiosk k ON k.id = c.kiosk_id WHERE c.present = 0 AND k.revoked = 0
                          AND (:station IS NULL OR k.station_id = :station) ORDER BY c.kiosk_id""")
                .bind("station", stationId)
                .map((rs, ctx) -> new ButtonProblem(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), rs.getString(5), rs.getString(6))).list());
    }
}
