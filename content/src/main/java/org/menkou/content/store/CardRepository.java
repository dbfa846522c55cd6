package org.menkou.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.card.CardRevocation;
import org.menkou.content.card.ResidentCard;
import org.menkou.content.card.RevocationReason;

/**
 * The card registry: cards issued (server side only) and the revocation list (synced to kiosks; every revocation is
 * logged as a {@link ContentEntity#CARD_REVOCATION} change). A resident has at most one working card: issuing a new
 * one revokes the others in the same transaction.
 */
public final class CardRepository extends Repository {
    private final Clock clock;

    CardRepository(Jdbi jdbi, ContentChanges changes, Clock clock) {
        super(jdbi, changes, ContentEntity.CARD_REVOCATION);
        this.clock = clock;
    }

    /**
     * Records a newly issued card and revokes, as {@link RevocationReason#REPLACED}, every earlier working card of the
     * same resident. Returns the ids of the cards it revoked.
     */
    public List<String> issue(ResidentCard card) {
        return jdbi.inTransaction(h -> {
            List<String> previous = working(h, card.residentId());
            for (String id : previous) {
                insertRevocation(h, id, RevocationReason.REPLACED);
            }
            h.createUpdate("INSERT INTO card (id, resident_id, issued_on, expires_on, issued_at) VALUES (?, ?, ?, ?, ?)")
                    .bind(0, card.cardId()).bind(1, card.residentId()).bind(2, card.issuedOn().toString())
                    .bind(3, card.expiresOn().toString()).bind(4, Instant.now(clock).toString())
                    .execute();
            return previous;
        });
    }

    /**
     * Adds {@code cardId} to the revocation list. Works without a card row (a kiosk applying a synced revocation).
     * Returns false, changing nothing, when it was revoked already.
     */
    public boolean revoke(String cardId, RevocationReason reason) {
        return jdbi.inTransaction(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM card_revocation WHERE card_id = ?").bind(0, cardId)
                    .mapTo(Integer.class).one() > 0;
            if (!known) {
                insertRevocation(h, cardId, reason);
            }
            return !known;
        });
    }

    /** Revokes every working card of a resident (e.g. when their record is removed); returns the revoked ids. */
    public List<String> revokeAllOf(String residentId, RevocationReason reason) {
        return jdbi.inTransaction(h -> {
            List<String> cards = working(h, residentId);
            cards.forEach(id -> insertRevocation(h, id, reason));
            return cards;
        });
    }

    public Optional<ResidentCard> find(String cardId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM card WHERE id = ?").bind(0, cardId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** The cards issued to a resident, oldest first, revoked ones included. */
    public List<ResidentCard> ofResident(String residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM card WHERE resident_id = ? ORDER BY issued_at, id")
                .bind(0, residentId).map((rs, ctx) -> map(rs)).list());
    }

    public boolean isRevoked(String cardId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM card_revocation WHERE card_id = ?")
                .bind(0, cardId).mapTo(Integer.class).one() > 0);
    }

    /** The revocation entry of one card, if it was revoked. */
    public Optional<CardRevocation> revocation(String cardId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM card_revocation WHERE card_id = ?").bind(0, cardId)
                .map((rs, ctx) -> new CardRevocation(rs.getString("card_id"), LocalDate.parse(rs.getString("revoked_on")),
                        RevocationReason.valueOf(rs.getString("reason"))))
                .findOne());
    }

    /** Stores a revocation as the server made it (a kiosk applying sync); returns the new content version. */
    public long saveRevocation(CardRevocation r) {
        return upsert(r.cardId(), h -> h.createUpdate("""
                        INSERT INTO card_revocation (card_id, revoked_on, reason) VALUES (?, ?, ?)
                        ON CONFLICT (card_id) DO UPDATE SET revoked_on = excluded.revoked_on, reason = excluded.reason""")
                .bind(0, r.cardId()).bind(1, r.revokedOn().toString()).bind(2, r.reason().name()).execute());
    }

    /** The revocation list: every revoked card id. */
    public Set<String> revokedIds() {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT card_id FROM card_revocation")
                .mapTo(String.class).list()));
    }

    private static List<String> working(Handle h, String residentId) {
        return h.createQuery("""
                        SELECT id FROM card WHERE resident_id = ?
                          AND id NOT IN (SELECT card_id FROM card_revocation) ORDER BY issued_at, id""")
                .bind(0, residentId).mapTo(String.class).list();
    }

    private void insertRevocation(Handle h, String cardId, RevocationReason reason) {
        h.createUpdate("INSERT INTO card_revocation (card_id, revoked_on, reason) VALUES (?, ?, ?)")
                .bind(0, cardId).bind(1, LocalDate.now(clock).toString()).bind(2, reason.name()).execute();
        logChange(h, cardId, false);
    }

    private static ResidentCard map(ResultSet rs) throws SQLException {
        return new ResidentCard(rs.getString("id"), rs.getString("resident_id"),
                LocalDate.parse(rs.getString("issued_on")), LocalDate.parse(rs.getString("expires_on")));
    }
}
