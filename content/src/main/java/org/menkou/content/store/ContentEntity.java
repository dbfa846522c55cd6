package org.menkou.content.store;

/** The kinds of kiosk-visible content whose changes are versioned. Names are stable: they travel in the sync protocol. */
public enum ContentEntity {
    STATION, SERVICE_CATEGORY, SERVICE_ITEM, POLICY, SUBSIDY_TIER, CANTEEN_MENU, NOTICE, RESIDENT,
    /** A revoked resident card; entity id = card id. */
    CARD_REVOCATION,
    /** A public key that signs resident cards; entity id = its fingerprint. */
    CARD_KEY
}
