package org.menkou.content.store;

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

/**
 * The kinds of kiosk-visible content whose changes are versioned, each with its {@link ContentKind}. Names are
 * stable: they travel in the sync protocol. Adding a kind is one constant here plus the migration of its tables.
 * Declared parents first (a kind's foreign keys point to kinds above it): a snapshot empties them in reverse order.
 */
public enum ContentEntity {
    STATION(ContentKind.of(Station.class, "station",
            (store, id) -> store.stations().find(id), (store, value) -> store.stations().save(value))),
    SERVICE_CATEGORY(ContentKind.of(ServiceCategory.class, "service_category",
            (store, id) -> store.categories().find(id), (store, value) -> store.categories().save(value))),
    /** Seen by a kiosk when offered at its station or its centre. */
    SERVICE_ITEM(ContentKind.of(ServiceItem.class, "service_item",
                    (store, id) -> store.services().find(id), (store, value) -> store.services().save(value))
            .clearing("service_item_station")
            .visibleWhen((item, scope) -> scope.includesAny(item.stationIds()))),
    POLICY(ContentKind.of(Policy.class, "policy",
                    (store, id) -> store.policies().find(id), (store, value) -> store.policies().save(value))
            .clearing("policy_question")),
    SUBSIDY_TIER(ContentKind.of(SubsidyTier.class, "subsidy_tier",
                    (store, code) -> store.tiers().all().stream().filter(t -> t.code().equals(code)).findFirst(),
                    (store, value) -> store.tiers().save(value))
            .keyedBy("code")),
    CANTEEN_MENU(ContentKind.of(CanteenMenu.class, "canteen_menu",
            (store, id) -> store.menus().byId(id), (store, value) -> store.menus().save(value))),
    /** Seen by a kiosk when meant for every station, its station or its centre. */
    NOTICE(ContentKind.of(Notice.class, "notice",
                    (store, id) -> store.notices().find(id), (store, value) -> store.notices().save(value))
            .visibleWhen((notice, scope) -> notice.stationId() == null
                    || scope.includesAny(java.util.Set.of(notice.stationId())))),
    /**
     * A resident as kiosks know them ({@link KioskResident}: masked name, tier, home station, birth year), kept in
     * the replica's {@code kiosk_resident}; a snapshot also empties {@code resident}, the server's full records.
     */
    RESIDENT(ContentKind.of(KioskResident.class, "kiosk_resident",
                    (store, id) -> store.residents().find(id).map(KioskResident::of),
                    (store, value) -> store.kioskResidents().save(value))
            .clearing("resident")),
    /** A revoked resident card; entity id = card id. */
    CARD_REVOCATION(ContentKind.of(CardRevocation.class, "card_revocation",
                    (store, id) -> store.cards().revocation(id), (store, value) -> store.cards().saveRevocation(value))
            .keyedBy("card_id")),
    /** A public key that signs resident cards; entity id = its fingerprint. */
    CARD_KEY(ContentKind.of(CardPublicKey.class, "card_key",
            (store, id) -> store.cardKeys().find(id), (store, value) -> store.cardKeys().save(value)));

    private final ContentKind<?> kind;

    ContentEntity(ContentKind<?> kind) {
        this.kind = kind;
    }

    /** How this kind is stored, sent and shown. */
    public ContentKind<?> kind() {
        return kind;
    }
}
