package org.menkou.content.card;

import java.util.List;

/**
 * A card just issued: what it says, the text to put in its QR code, and the cards it replaced (now revoked).
 * {@link #toString()} leaves the payload out, so logging an issued card never writes a working code to a log.
 */
public record IssuedCard(ResidentCard card, String payload, List<String> replacedCardIds) {
    public IssuedCard {
        replacedCardIds = List.copyOf(replacedCardIds);
    }

    @Override
    public String toString() {
        return "IssuedCard[card=" + card + ", replacedCardIds=" + replacedCardIds + "]";
    }
}
