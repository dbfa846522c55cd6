package org.menkou.admin.api;

import java.util.function.Supplier;
import org.menkou.content.card.CardCheck;
import org.menkou.content.card.CardException;
import org.menkou.content.card.CardVerifier;
import org.menkou.content.protocol.BookingRefusal;

/**
 * Checks the resident card a kiosk presents for a resident (a booking, a request, a question about them): its signed
 * payload must verify with the district's current keys, not be expired or revoked, and name a resident. Thread-safe.
 */
public final class ResidentCards {
    private final Supplier<CardVerifier> cards;

    /** @param cards the verifier with the current keys and revocations, asked once per check */
    public ResidentCards(Supplier<CardVerifier> cards) {
        this.cards = cards;
    }

    /**
     * The resident of a valid card; otherwise a 422 whose error is {@link BookingRefusal#NO_CARD_KEY} or
     * {@link BookingRefusal#CARD_NOT_VALID}, its message naming {@code what} was refused.
     */
    public String residentOf(String card, String what) {
        CardCheck check;
        try {
            check = cards.get().check(card);
        } catch (CardException e) {
            throw new ApiException(422, BookingRefusal.NO_CARD_KEY.code(), what + ": " + e.getMessage());
        }
        if (!check.kind().identifies()) {
            throw new ApiException(422, BookingRefusal.CARD_NOT_VALID.code(), what + ": the card is " + check.kind().label());
        }
        return check.residentId().orElseThrow();
    }
}
