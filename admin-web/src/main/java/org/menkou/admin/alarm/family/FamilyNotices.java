package org.menkou.admin.alarm.family;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.alarm.Alarm;
import org.menkou.content.Resident;

/**
 * The tables {@code family_notice} and {@code family_notice_attempt}, and the consent columns of
 * {@code resident_contact} they are owed from. Thread-safe; connections are opened per call. Notices are owed with
 * {@code INSERT … ON CONFLICT DO NOTHING} on the key (alarm, contact, kind), and a node sends one only after its
 * conditional claim succeeded, so each is sent once by one node; a node that died mid-try leaves a claim that expires,
 * and the notice is then tried again (the receiver may so get a repeat, with the same notice id).
 */
final class FamilyNotices {
    /** The one contact the resident editor keeps; the key leaves room for more. */
    static final int FIRST_CONTACT = 1;

    /** A notice as the notifier sends it. */
    record Notice(long alarm, int slot, NoticeKind kind, NotifyChannel channel, String address, String label,
                  int attempts) {
    }

    /** A notice as the board shows it. */
    record Status(NoticeKind kind, NotifyChannel channel, String label, NoticeState state, int attempts,
                  String lastError) {
    }

    private final Jdbi jdbi;

    FamilyNotices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** In the caller's transaction: owes a RAISED notice to each consenting contact of the alarm's resident. */
    int oweRaised(Handle h, Alarm a, Instant now) {
        if (a.residentId() == null) {
            return 0;
        }
        Optional<Notice> contact = h.createQuery("""
                        SELECT contact_name, relation, contact_phone, notify_channel, notify_address FROM resident_contact
                        WHERE resident_id = ? AND consent = 1 AND notify_channel IS NOT NULL""")
                .bind(0, a.residentId())
                .map((rs, ctx) -> {
                    NotifyChannel channel = NotifyChannel.of(rs.getString(4)).orElseThrow();
                    String address = channel == NotifyChannel.SMS ? rs.getString(3) : rs.getString(5);
                    return new Notice(a.seq(), FIRST_CONTACT, NoticeKind.RAISED, channel, address,
                            Resident.maskName(rs.getString(1)) + "（" + rs.getString(2) + "）", 0);
                })
                .findOne().filter(n -> n.address() != null && !n.address().isBlank());
        return contact.map(n -> h.createUpdate("""
                        INSERT INTO family_notice (alarm, contact_slot, kind, channel, address, contact_label, state,
                                                   attempts, next_try_ms, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                        ON CONFLICT (alarm, contact_slot, kind) DO NOTHING""")
                .bind(0, n.alarm()).bind(1, n.slot()).bind(2, n.kind().name()).bind(3, n.channel().name())
                .bind(4, n.address()).bind(5, n.label()).bind(6, now.toEpochMilli()).bind(7, now.toString())
                .execute()).orElse(0);
    }

    /**
     * In the caller's transaction: owes a RESOLVED notice to each contact that was owed the RAISED one and still
     * consents, by the same channel and address.
     */
    int oweResolved(Handle h, Alarm a, Instant now) {
        if (a.residentId() == null) {
            return 0;
        }
        return h.createUpdate("""
                        INSERT INTO family_notice (alarm, contact_slot, kind, channel, address, contact_label, state,
                                                   attempts, next_try_ms, created_at)
                        SELECT alarm, contact_slot, 'RESOLVED', channel, address, contact_label, 'PENDING', 0, ?, ?
                        FROM family_notice
                        WHERE alarm = ? AND kind = 'RAISED'
                          AND EXISTS (SELECT 1 FROM resident_contact WHERE resident_id = ? AND consent = 1)
                        ON CONFLICT (alarm, contact_slot, kind) DO NOTHING""")
                .bind(0, now.toEpochMilli()).bind(1, now.toString()).bind(2, a.seq()).bind(3, a.residentId())
                .execute();
    }

    /**
     * Pending notices whose next try is due and that nobody holds, oldest first; a RESOLVED notice waits while its
     * RAISED one is still pending, so a family never hears of the end before the start.
     */
    List<Notice> due(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT alarm, contact_slot, kind, channel, address, contact_label, attempts FROM family_notice f
                        WHERE state = 'PENDING' AND next_try_ms <= :now
                          AND (claimed_until_ms IS NULL OR claimed_until_ms <= :now)
                          AND NOT (kind = 'RESOLVED' AND EXISTS (SELECT 1 FROM family_notice r WHERE r.alarm = f.alarm
                                   AND r.contact_slot = f.contact_slot AND r.kind = 'RAISED' AND r.state = 'PENDING'))
                        ORDER BY next_try_ms, alarm LIMIT :limit""")
                .bind("now", now.toEpochMilli()).bind("limit", limit)
                .map((rs, ctx) -> new Notice(rs.getLong(1), rs.getInt(2), NoticeKind.valueOf(rs.getString(3)),
                        NotifyChannel.of(rs.getString(4)).orElseThrow(), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list());
    }

    /** Takes {@code n} for {@code node} until {@code until}: true for exactly one caller while it is due and free. */
    boolean claim(Notice n, String node, Instant now, Instant until) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE family_notice SET claimed_by = ?, claimed_until_ms = ?
                        WHERE alarm = ? AND contact_slot = ? AND kind = ? AND state = 'PENDING' AND attempts = ?
                          AND (claimed_until_ms IS NULL OR claimed_until_ms <= ?)""")
                .bind(0, node).bind(1, until.toEpochMilli()).bind(2, n.alarm()).bind(3, n.slot())
                .bind(4, n.kind().name()).bind(5, n.attempts()).bind(6, now.toEpochMilli()).execute()) == 1;
    }

    /**
     * In the caller's transaction: records try number {@code n.attempts() + 1} by {@code node} and the notice's new
     * state ({@code nextTry} when it stays PENDING), releasing the claim. False when the claim was no longer this
     * node's (it ran out and another node took the notice over): nothing is changed then.
     */
    boolean finish(Handle h, Notice n, String node, NoticeState state, String error, Instant nextTry, Instant now) {
        int attempt = n.attempts() + 1;
        boolean mine = h.createUpdate("""
                        UPDATE family_notice SET state = ?, attempts = ?, last_error = ?, next_try_ms = ?,
                          claimed_by = NULL, claimed_until_ms = NULL, sent_at = ?
                        WHERE alarm = ? AND contact_slot = ? AND kind = ? AND claimed_by = ? AND attempts = ?""")
                .bind(0, state.name()).bind(1, attempt).bind(2, error)
                .bind(3, (nextTry == null ? now : nextTry).toEpochMilli())
                .bind(4, state == NoticeState.SENT ? now.toString() : null).bind(5, n.alarm()).bind(6, n.slot())
                .bind(7, n.kind().name()).bind(8, node).bind(9, n.attempts()).execute() == 1;
        if (mine) {
            h.createUpdate("""
                            INSERT INTO family_notice_attempt (alarm, contact_slot, kind, attempt, at, node, outcome, error)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, n.alarm()).bind(1, n.slot()).bind(2, n.kind().name()).bind(3, attempt)
                    .bind(4, now.toString()).bind(5, node).bind(6, state == NoticeState.SENT ? "SENT" : "FAILED")
                    .bind(7, error).execute();
        }
        return mine;
    }

    /** The notices of one alarm, RAISED before RESOLVED. */
    List<Status> of(long seq) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT kind, channel, contact_label, state, attempts, last_error FROM family_notice
                        WHERE alarm = ? ORDER BY contact_slot, kind""")
                .bind(0, seq)
                .map((rs, ctx) -> new Status(NoticeKind.valueOf(rs.getString(1)),
                        NotifyChannel.of(rs.getString(2)).orElseThrow(), rs.getString(3),
                        NoticeState.ofStored(rs.getString(4)), rs.getInt(5), rs.getString(6)))
                .list());
    }

    /** How many tries of one notice were recorded (tests). */
    int attempts(long seq, NoticeKind kind) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM family_notice_attempt WHERE alarm = ? AND kind = ?")
                .bind(0, seq).bind(1, kind.name()).mapTo(Integer.class).one());
    }
}
