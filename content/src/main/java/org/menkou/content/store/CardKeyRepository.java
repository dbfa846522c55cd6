package org.menkou.content.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.card.CardPublicKey;

/** The public keys that sign resident cards: written on the server when a key is created, synced to kiosks. */
public final class CardKeyRepository extends Repository {
    CardKeyRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.CARD_KEY);
    }

    /** Stores a public key; returns the new content version. */
    public long save(CardPublicKey key) {
        return upsert(key.id(), h -> h.createUpdate("""
                        INSERT INTO card_key (id, public_key, created_on) VALUES (?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key, created_on = excluded.created_on""")
                .bind(0, key.id()).bind(1, key.publicKey()).bind(2, key.createdOn().toString()).execute());
    }

    /** Removes a key that must no longer be trusted; the cards it signed stop working on the next sync. */
    public boolean delete(String id) {
        return delete("card_key", id);
    }

    public Optional<CardPublicKey> find(String id) {
        return all().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public List<CardPublicKey> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM card_key ORDER BY created_on, id")
                .map((rs, ctx) -> new CardPublicKey(rs.getString("id"), rs.getString("public_key"),
                        LocalDate.parse(rs.getString("created_on"))))
                .list());
    }
}
