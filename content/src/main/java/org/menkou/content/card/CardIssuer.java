package org.menkou.content.card;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * Issues resident cards on the admin server: signs a new card for a registered resident, records it in the registry
 * (revoking the resident's earlier cards) and returns the QR payload. The admin site's printing page and
 * {@code menkou card issue} both call {@link #issue}. Safe to share between threads.
 */
public final class CardIssuer {
    /** How long a card is valid unless told otherwise. */
    public static final Period DEFAULT_VALIDITY = Period.ofYears(5);

    private final CardRegistry registry;
    private final KeyPair signingKey;
    private final Clock clock;
    private final Period validity;
    private final SecureRandom random = new SecureRandom();

    public CardIssuer(CardRegistry registry, KeyPair signingKey, Clock clock, Period validity) {
        this.registry = registry;
        this.signingKey = signingKey;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * The issuer of a server data directory: loads the key pair from {@code DATA/keys/}, creating it on first use, and
     * makes sure its public key is in the registry (and so in the version log kiosks sync from).
     */
    public static CardIssuer forDataDirectory(Path dataDir, CardRegistry registry, Clock clock, Period validity) {
        KeyPair pair = CardKeyFiles.in(dataDir).loadOrCreate();
        String id = CardKeys.fingerprint(pair.getPublic());
        if (registry.cardPublicKeys().stream().noneMatch(k -> k.id().equals(id))) {
            registry.saveCardPublicKey(CardPublicKey.of(pair.getPublic(), LocalDate.now(clock)));
        }
        return new CardIssuer(registry, pair, clock, validity);
    }

    /** Issues a new card to {@code residentId}; a CardException when no such resident is registered. */
    public IssuedCard issue(String residentId) {
        if (!registry.isResidentRegistered(residentId)) {
            throw new CardException("no resident with id " + residentId);
        }
        LocalDate today = LocalDate.now(clock);
        ResidentCard card = new ResidentCard(newCardId(), residentId, today, today.plus(validity));
        String payload = CardFormat.encode(card, sign(CardFormat.signedPart(card)));
        return new IssuedCard(card, payload, registry.recordIssuedCard(card));
    }

    /** Revokes one card (lost, withdrawn); false when it was revoked already. */
    public boolean revoke(String cardId, RevocationReason reason) {
        if (registry.issuedCard(cardId).isEmpty()) {
            throw new CardException("no card with id " + cardId);
        }
        return registry.revokeCard(cardId, reason);
    }

    /** A verifier that trusts this issuer's key and the registry's revocations: what a synced kiosk will hold. */
    public CardVerifier verifier() {
        return CardVerifier.fromStore(registry, clock);
    }

    private String newCardId() {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return CardFormat.toDigits(bytes, ResidentCard.CARD_ID_LENGTH);
    }

    private byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(CardKeys.ALGORITHM);
            signer.initSign(signingKey.getPrivate());
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new CardException("cannot sign the card: " + e.getMessage(), e);
        }
    }
}
