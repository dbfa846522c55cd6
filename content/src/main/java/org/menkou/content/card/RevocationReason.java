package org.menkou.content.card;

/** Why a card no longer works. Names are stored. */
public enum RevocationReason {
    /** A newer card was printed for the same resident. */
    REPLACED,
    /** The resident reported the card lost or stolen. */
    LOST,
    /** The resident left the scheme or their record was removed. */
    WITHDRAWN
}
