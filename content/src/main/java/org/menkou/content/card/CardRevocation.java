package org.menkou.content.card;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/** One entry of the revocation list kiosks hold: the card that no longer works, since when and why. */
public record CardRevocation(String cardId, LocalDate revokedOn, RevocationReason reason) {
    private static final Pattern CARD_ID = Pattern.compile("[0-9A-Z]{16}");

    public CardRevocation {
        if (cardId == null || !CARD_ID.matcher(cardId).matches()) {
            throw new CardException("a revoked card id is 16 characters 0-9A-Z");
        }
        Objects.requireNonNull(revokedOn, "revokedOn");
        Objects.requireNonNull(reason, "reason");
    }
}
