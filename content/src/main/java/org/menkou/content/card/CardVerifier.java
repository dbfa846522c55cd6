package org.menkou.content.card;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies any scanned code offline, with the district's public keys and the revocation list that sync brought.
 * Immutable and safe to share between threads; after a sync the kiosk builds a new one. {@link #check} never throws,
 * whatever it is given: that is its contract, and the fuzz test holds it to it.
 *
 * <p>Order of the checks: size and character set, then structure, then the signature, and only for a genuine
 * card the revocation list and the expiry date (so a forged card never learns whether its id was revoked).
 */
public final class CardVerifier {
    private final List<PublicKey> keys;
    private final Set<String> revokedCardIds;
    private final Clock clock;

    /**
     * @param keys           the district's card-signing public keys (usually one; several while a key is replaced)
     * @param revokedCardIds ids of cards that must no longer be accepted
     * @param clock          today's date for the expiry check comes from this clock and its zone
     */
    public CardVerifier(Collection<PublicKey> keys, Set<String> revokedCardIds, Clock clock) {
        if (keys.isEmpty()) {
            throw new CardException("no card-signing public key: this data directory has not received one yet "
                    + "(the admin server creates it when it issues the first card; kiosks get it by sync)");
        }
        this.keys = List.copyOf(keys);
        this.revokedCardIds = Set.copyOf(revokedCardIds);
        this.clock = clock;
    }

    /** A verifier with the public keys and revocations kept in {@code store} (a data directory's content store). */
    public static CardVerifier fromStore(CardRegistry store, Clock clock) {
        List<PublicKey> keys = store.cardPublicKeys().stream().map(k -> CardKeys.decodePublic(k.publicKey())).toList();
        return new CardVerifier(keys, store.revokedCardIds(), clock);
    }

    /** Classifies text as a reader delivered it; null or blank is {@link CardKind#NONE}. */
    public CardCheck check(String text) {
        if (text == null || text.isBlank()) {
            return CardCheck.of(CardKind.NONE);
        }
        if (text.length() > CardFormat.MAX_LENGTH) {
            return CardCheck.of(rejected(text.substring(0, CardFormat.PREFIX.length())));
        }
        String normalised = CardFormat.normalise(text);
        Optional<CardFormat.Parsed> parsed = CardFormat.parse(normalised);
        if (parsed.isEmpty()) {
            return CardCheck.of(rejected(normalised));
        }
        return judge(parsed.get());
    }

    /** Classifies raw bytes (a QR byte segment); anything that is not valid UTF-8 is rejected. */
    public CardCheck check(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return CardCheck.of(CardKind.NONE);
        }
        if (raw.length > CardFormat.MAX_LENGTH * 4) {
            return CardCheck.of(rejected(start(raw)));
        }
        try {
            return check(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString());
        } catch (CharacterCodingException e) {
            return CardCheck.of(rejected(start(raw)));
        }
    }

    private static String start(byte[] raw) {
        return new String(raw, 0, Math.min(raw.length, CardFormat.PREFIX.length()), StandardCharsets.ISO_8859_1);
    }

    private static CardKind rejected(String start) {
        return CardFormat.claimsToBeACard(CardFormat.normalise(start)) ? CardKind.FORGED : CardKind.FOREIGN;
    }

    private CardCheck judge(CardFormat.Parsed parsed) {
        if (!signedByUs(parsed)) {
            return CardCheck.of(CardKind.FORGED);
        }
        ResidentCard card = parsed.card();
        if (revokedCardIds.contains(card.cardId())) {
            return CardCheck.of(CardKind.REVOKED);
        }
        if (card.expiredOn(LocalDate.now(clock))) {
            return CardCheck.of(CardKind.EXPIRED);
        }
        return CardCheck.identified(card);
    }

    private boolean signedByUs(CardFormat.Parsed parsed) {
        for (PublicKey key : keys) {
            try {
                Signature verifier = Signature.getInstance(CardKeys.ALGORITHM);
                verifier.initVerify(key);
                verifier.update(parsed.signedPart());
                if (verifier.verify(parsed.signature())) {
                    return true;
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // A malformed signature is a forged card, not an error; try the next key.
            }
        }
        return false;
    }
}
