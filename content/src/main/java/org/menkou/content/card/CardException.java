package org.menkou.content.card;

import org.menkou.content.ContentException;

/**
 * The one exception type of the card service: keys that cannot be created, read or trusted, a resident that does not
 * exist, a page that cannot be drawn. Never thrown for a scanned code, however bad: {@link CardVerifier} classifies
 * those instead.
 */
public class CardException extends ContentException {
    public CardException(String message) {
        super(message);
    }

    public CardException(String message, Throwable cause) {
        super(message, cause);
    }
}
