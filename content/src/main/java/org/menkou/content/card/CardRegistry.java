package org.menkou.content.card;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where issued cards, their revocations and the card-signing public keys are kept: what {@link CardIssuer} records and
 * {@link CardVerifier} reads. The content store is the registry of every data directory. Implementations are safe to
 * share between threads.
 */
public interface CardRegistry {
    /** True when a resident with id {@code residentId} is registered. */
    boolean isResidentRegistered(String residentId);

    /** The card-signing public keys. */
    List<CardPublicKey> cardPublicKeys();

    /** Stores a card-signing public key (and so puts it in the version log kiosks sync from). */
    void saveCardPublicKey(CardPublicKey key);

    /**
     * Records a newly issued card and revokes, as {@link RevocationReason#REPLACED}, every earlier working card of the
     * same resident. Returns the ids of the cards it revoked.
     */
    List<String> recordIssuedCard(ResidentCard card);

    /** The issued card with id {@code cardId}, if there is one. */
    Optional<ResidentCard> issuedCard(String cardId);

    /** Adds {@code cardId} to the revocation list; false, changing nothing, when it was revoked already. */
    boolean revokeCard(String cardId, RevocationReason reason);

    /** The revocation list: every revoked card id. */
    Set<String> revokedCardIds();
}
