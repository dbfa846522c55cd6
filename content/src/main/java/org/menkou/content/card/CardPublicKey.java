package org.menkou.content.card;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A card-signing public key as stored and synced.
 *
 * @param id        the key's {@link CardKeys#fingerprint fingerprint}
 * @param publicKey Base64 of the X.509 encoding ({@link CardKeys#encodePublic})
 */
public record CardPublicKey(String id, String publicKey, LocalDate createdOn) {
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

    public CardPublicKey {
        if (id == null || !FINGERPRINT.matcher(id).matches() || createdOn == null) {
            throw new CardException("a card key has a 16-hex-digit fingerprint and a creation date");
        }
        if (!id.equals(CardKeys.fingerprint(CardKeys.decodePublic(publicKey)))) {
            throw new CardException("the fingerprint " + id + " does not belong to this public key");
        }
    }

    /** The record for {@code key}, created on {@code createdOn}. */
    public static CardPublicKey of(java.security.PublicKey key, LocalDate createdOn) {
        return new CardPublicKey(CardKeys.fingerprint(key), CardKeys.encodePublic(key), createdOn);
    }
}
