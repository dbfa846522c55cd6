package org.menkou.content.store;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.CanteenMenu;
import org.menkou.content.KioskResident;
import org.menkou.content.Notice;
import org.menkou.content.Policy;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.Station;
import org.menkou.content.SubsidyTier;
import org.menkou.content.card.CardPublicKey;
import org.menkou.content.card.CardRevocation;
import org.menkou.content.db.Database;

/**
 * A kiosk's store seen as a replica of the server's content: applies a whole sync round atomically and remembers
 * the server version it reflects. Only the kiosk side of sync writes through this.
 */
public final class Replica {
    /** Metadata key holding the server content version this replica reflects. */
    public static final String SYNCED_VERSION = "sync.content_version";

    /** Tables of every synced kind, children first (the order a reset clears them in). */
    private static final List<String> CLEAR_ORDER = List.of("service_item_station", "service_item",
            "policy_question", "policy", "notice", "canteen_menu", "kiosk_resident", "resident", "service_category",
            "subsidy_tier", "station", "card_revocation", "card_key");
    private static final Map<ContentEntity, String> TABLE = Map.of(
            ContentEntity.STATION, "station", ContentEntity.SERVICE_CATEGORY, "service_category",
            ContentEntity.SERVICE_ITEM, "service_item", ContentEntity.POLICY, "policy",
            ContentEntity.SUBSIDY_TIER, "subsidy_tier", ContentEntity.CANTEEN_MENU, "canteen_menu",
            ContentEntity.NOTICE, "notice", ContentEntity.RESIDENT, "kiosk_resident",
            ContentEntity.CARD_REVOCATION, "card_revocation", ContentEntity.CARD_KEY, "card_key");

    /** One change of a round: an upsert carries the new value, a tombstone only the kind and id. */
    public record Change(ContentEntity entity, String id, Object value) {
        public static Change tombstone(ContentEntity entity, String id) {
            return new Change(entity, id, null);
        }

        public boolean deleted() {
            return value == null;
        }
    }

    private final ContentStore store;
    private final Database database;
    private final Jdbi jdbi;

    Replica(ContentStore store, Database database) {
        this.store = store;
        this.database = database;
        this.jdbi = database.jdbi();
    }

    /** The server version this replica reflects; empty before the first successful sync. */
    public OptionalLong syncedVersion() {
        return store.meta(SYNCED_VERSION).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    /**
     * Applies one round in one transaction: with {@code reset}, every synced table is emptied first (a snapshot);
     * then the changes in order; then the synced version becomes {@code version}. Foreign keys are checked at commit,
     * so the order of changes inside a round does not matter, only that the round ends consistent.
     */
    public void apply(boolean reset, List<Change> changes, long version) {
        jdbi.useTransaction(h -> {
            database.deferForeignKeys(h);
            if (reset) {
                CLEAR_ORDER.forEach(t -> h.execute("DELETE FROM " + t));
            }
            for (Change c : changes) {
                if (c.deleted()) {
                    delete(h, c);
                } else {
                    upsert(c.value());
                }
            }
            h.createUpdate("INSERT INTO meta (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(0, SYNCED_VERSION).bind(1, Long.toString(version)).execute();
        });
    }

    private static void delete(Handle h, Change c) {
        String key = switch (c.entity()) {
            case SUBSIDY_TIER -> "code";
            case CARD_REVOCATION -> "card_id";
            default -> "id";
        };
        h.createUpdate("DELETE FROM " + TABLE.get(c.entity()) + " WHERE " + key + " = ?").bind(0, c.id()).execute();
    }

    private void upsert(Object value) {
        if (value instanceof Station s) {
            store.stations().save(s);
        } else if (value instanceof ServiceCategory c) {
            store.categories().save(c);
        } else if (value instanceof ServiceItem i) {
            store.services().save(i);
        } else if (value instanceof Policy p) {
            store.policies().save(p);
        } else if (value instanceof SubsidyTier t) {
            store.tiers().save(t);
        } else if (value instanceof CanteenMenu m) {
            store.menus().save(m);
        } else if (value instanceof Notice n) {
            store.notices().save(n);
        } else if (value instanceof KioskResident r) {
            store.kioskResidents().save(r);
        } else if (value instanceof CardRevocation r) {
            store.cards().saveRevocation(r);
        } else if (value instanceof CardPublicKey k) {
            store.cardKeys().save(k);
        } else {
            throw new IllegalArgumentException("not synced content: " + value.getClass().getName());
        }
    }
}
