package org.menkou.content.card;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.menkou.content.Text;

/**
 * What a resident card says, and what its signature covers: an opaque card id, the resident's opaque id and the dates
 * the card is valid (both inclusive). Holds no name, ID number, phone or address.
 *
 * @param cardId     {@value #CARD_ID_LENGTH} characters of 0-9 and A-Z, random per card
 * @param residentId the resident's opaque id (a lower-case slug, see {@link org.menkou.content.Resident})
 */
public record ResidentCard(String cardId, String residentId, LocalDate issuedOn, LocalDate expiresOn) {
    public static final int CARD_ID_LENGTH = 16;
    private static final Pattern CARD_ID = Pattern.compile("[0-9A-Z]{" + CARD_ID_LENGTH + "}");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public ResidentCard {
        if (cardId == null || !CARD_ID.matcher(cardId).matches()) {
            throw new CardException("a card id is " + CARD_ID_LENGTH + " characters of 0-9 and A-Z");
        }
        residentId = Text.slug("residentId", residentId);
        if (issuedOn == null || expiresOn == null || issuedOn.isBefore(EARLIEST) || expiresOn.isAfter(LATEST)
                || expiresOn.isBefore(issuedOn)) {
            throw new CardException("a card is issued on or after 2000-01-01 and expires on or after its issue date");
        }
    }

    /** True when {@code today} is after the expiry date. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }
}
