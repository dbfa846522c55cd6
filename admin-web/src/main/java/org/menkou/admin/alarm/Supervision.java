package org.menkou.admin.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * News of one offline alert for the escalation channels.
     *
     * @param alertId    the alert's id, the same in its offline and its back-online notice
     * @param backOnline false: the kiosk went silent; true: it was heard again
     */
    public record OfflineNotice(long alertId, String kioskId, String stationId, String label, Instant lastHeard,
                                boolean backOnline) {
    }

    /** A kiosk whose last self-test found no button. */
    public record ButtonProblem(String kioskId, String stationId, String label, Instant at, String button, String message) {
    }

    private final Jdbi jdbi;

    public Supervision(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Raises an alert for every active kiosk silent longer than its offline time (its own
     * {@code kiosk.offline_after_seconds}, else {@code defaultAfter}) that has none open, and clears the open alerts
     * of kiosks heard since and of revoked ones. Returns true when anything changed. Two reviews at once (two nodes)
     * raise each alert once: a unique index admits one open alert per kiosk, so one outage is one alert.
     */
    boolean review(Duration defaultAfter, Instant now) {
        return jdbi.inTransaction(h -> {
            List<Long> groups = h.createQuery("SELECT DISTINCT COALESCE(offline_after_seconds, 0) FROM kiosk WHERE revoked = 0")
                    .mapTo(Long.class).list();
            int changed = h.createUpdate("""
                            UPDATE kiosk_offline_alert SET cleared_at = ?
                            WHERE cleared_at IS NULL AND kiosk_id IN (SELECT id FROM kiosk WHERE revoked = 1)""")
                    .bind(0, now.toString()).execute();
            for (long seconds : groups) {
                Instant cutoff = now.minus(seconds == 0 ? defaultAfter : Duration.ofSeconds(seconds));
                changed += h.createUpdate("""
                                INSERT INTO kiosk_offline_alert (kiosk_id, raised_at, last_heard)
                                SELECT id, ?, last_heartbeat FROM kiosk k
                                WHERE revoked = 0 AND COALESCE(offline_after_seconds, 0) = ?
                                  AND last_heartbeat IS NOT NULL AND last_heartbeat < ?
                                  AND NOT EXISTS (SELECT 1 FROM kiosk_offline_alert a WHERE a.kiosk_id = k.id AND a.cleared_at IS NULL)
                                ON CONFLICT DO NOTHING""")
                        .bind(0, now.toString()).bind(1, seconds).bind(2, cutoff.toString()).execute();
                changed += h.createUpdate("""
                                UPDATE kiosk_offline_alert SET cleared_at = ?
                                WHERE cleared_at IS NULL AND kiosk_id IN (SELECT id FROM kiosk
                                  WHERE COALESCE(offline_after_seconds, 0) = ? AND last_heartbeat >= ?)""")
                        .bind(0, now.toString()).bind(1, seconds).bind(2, cutoff.toString()).execute();
            }
            return changed > 0;
        });
    }

    /**
     * Claims the offline alerts whose news the escalation channels have not had: each open alert once as offline,
     * and each cleared alert that was told as offline once as back online. A claim is taken by one node only (the
     * told-at column is set where it was null), so two watches never tell at once. A claim neither {@link #noticeDone
     * done} nor {@link #renewNotice renewed} since {@code abandonedBefore} (its node died mid-notice) is taken over,
     * so the news may arrive twice but is not lost.
     */
    List<OfflineNotice> claimNotices(Instant now, Instant abandonedBefore) {
        return jdbi.inTransaction(h -> {
            List<OfflineNotice> found = h.createQuery("""
                            SELECT a.id, a.kiosk_id, k.station_id, k.label, a.last_heard, a.cleared_at FROM kiosk_offline_alert a
                            JOIN kiosk k ON k.id = a.kiosk_id
                            WHERE (a.cleared_at IS NULL AND (a.offline_told_at IS NULL
                                    OR a.offline_done_at IS NULL AND a.offline_told_at < :abandoned))
                               OR (a.cleared_at IS NOT NULL AND a.offline_told_at IS NOT NULL AND (a.online_told_at IS NULL
                                    OR a.online_done_at IS NULL AND a.online_told_at < :abandoned))
                            ORDER BY a.id""")
                    .bind("abandoned", abandonedBefore.toString())
                    .map((rs, ctx) -> new OfflineNotice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), rs.getString(6) != null)).list();
            List<OfflineNotice> claimed = new ArrayList<>();
            for (OfflineNotice n : found) {
                String told = toldColumn(n);
                String done = doneColumn(n);
                if (h.createUpdate("UPDATE kiosk_offline_alert SET " + told + " = :now WHERE id = :id AND (" + told
                                + " IS NULL OR " + done + " IS NULL AND " + told + " < :abandoned)")
                        .bind("now", now.toString()).bind("id", n.alertId()).bind("abandoned", abandonedBefore.toString())
                        .execute() == 1) {
                    claimed.add(n);
                }
            }
            return claimed;
        });
    }

    /** Keeps this node's claim on {@code notice} from being taken over: called before each try of a channel. */
    void renewNotice(OfflineNotice notice, Instant now) {
        stampUnlessDone(notice, toldColumn(notice), now);
    }

    /** Every channel has had {@code notice} or given up on it: it is never claimed again. */
    void noticeDone(OfflineNotice notice, Instant now) {
        stampUnlessDone(notice, doneColumn(notice), now);
    }

    /** Sets {@code column} of {@code notice}'s alert to {@code now} while the notice is not done. */
    private void stampUnlessDone(OfflineNotice notice, String column, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE kiosk_offline_alert SET " + column + " = ? WHERE id = ? AND "
                        + doneColumn(notice) + " IS NULL")
                .bind(0, now.toString()).bind(1, notice.alertId()).execute());
    }

    private static String toldColumn(OfflineNotice n) {
        return n.backOnline() ? "online_told_at" : "offline_told_at";
    }

    private static String doneColumn(OfflineNotice n) {
        return n.backOnline() ? "online_done_at" : "offline_done_at";
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
