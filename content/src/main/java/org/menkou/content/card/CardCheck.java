package org.menkou.content.card;

import java.util.Optional;

/**
 * The verdict on one scanned code. Carries the card only when it identifies a resident; for every other kind there is
 * nothing but the kind, so nothing of a failed scan can be shown or logged by mistake.
 */
public record CardCheck(CardKind kind, Optional<ResidentCard> card) {
    public CardCheck {
        if (kind.identifies() != card.isPresent()) {
            throw new IllegalArgumentException("a card goes with resident-card, and only with it");
        }
    }

    static CardCheck of(CardKind kind) {
        return new CardCheck(kind, Optional.empty());
    }

    static CardCheck identified(ResidentCard card) {
        return new CardCheck(CardKind.RESIDENT_CARD, Optional.of(card));
    }

    /** The resident's opaque id for a valid card. */
    public Optional<String> residentId() {
        return card.map(ResidentCard::residentId);
    }

    /** The sentence for the kiosk to speak and show. */
    public String sentence() {
        return kind.sentence();
    }
}
