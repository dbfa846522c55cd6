package org.menkou.content.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentChange;
import org.menkou.content.store.ContentEntity;

/** The registry on a real SQLite store: issuing, reprinting, revoking, and what the version log tells kiosks. */
class CardIssuerTest {
    @TempDir
    Path dir;
    CardFixture fixture;
    CardIssuer issuer;

    @BeforeEach
    void open() {
        fixture = new CardFixture(dir);
        issuer = fixture.issuer();
    }

    @Test
    void theFirstIssuerCreatesTheKeyAndPublishesItsPublicHalfInTheVersionLog() {
        long before = fixture.store.changes().currentVersion();
        CardIssuer again = fixture.issuer();
        assertThat(fixture.store.changes().currentVersion()).isEqualTo(before);
        List<CardPublicKey> keys = fixture.store.cardKeys().all();
        assertThat(keys).hasSize(1);
        assertThat(CardKeyFiles.in(dir).load().getPublic().getEncoded())
                .isEqualTo(CardKeys.decodePublic(keys.get(0).publicKey()).getEncoded());
        assertThat(fixture.store.changes().since(0, 100)).extracting(ContentChange::entity, ContentChange::entityId)
                .contains(org.assertj.core.groups.Tuple.tuple(ContentEntity.CARD_KEY, keys.get(0).id()));
        assertThat(again.verifier().check(issuer.issue("r-3f8x1w").payload()).residentId()).contains("r-3f8x1w");
    }

    @Test
    void reprintingRevokesEveryEarlierCardAndLogsTheRevocations() {
        IssuedCard first = issuer.issue("r-7k2m9q");
        IssuedCard second = issuer.issue("r-7k2m9q");
        IssuedCard third = issuer.issue("r-7k2m9q");
        long version = fixture.store.changes().currentVersion();

        assertThat(first.replacedCardIds()).isEmpty();
        assertThat(third.replacedCardIds()).containsExactly(second.card().cardId());
        assertThat(fixture.store.cards().revokedIds()).containsExactlyInAnyOrder(first.card().cardId(), second.card().cardId());
        assertThat(fixture.store.cards().ofResident("r-7k2m9q")).extracting(ResidentCard::cardId)
                .containsExactlyInAnyOrder(first.card().cardId(), second.card().cardId(), third.card().cardId());
        assertThat(fixture.store.changes().since(version - 2, 10)).extracting(ContentChange::entity, ContentChange::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ContentEntity.CARD_REVOCATION, first.card().cardId()),
                        org.assertj.core.groups.Tuple.tuple(ContentEntity.CARD_REVOCATION, second.card().cardId()));
        assertThat(issuer.issue("r-3f8x1w").replacedCardIds()).as("another resident's cards are untouched").isEmpty();
    }

    @Test
    void aLostCardIsRevokedOnceAndAKioskCanApplyARevocationWithoutTheCard() {
        IssuedCard card = issuer.issue("r-7k2m9q");
        assertThat(issuer.revoke(card.card().cardId(), RevocationReason.LOST)).isTrue();
        assertThat(issuer.revoke(card.card().cardId(), RevocationReason.LOST)).isFalse();
        assertThat(issuer.verifier().check(card.payload()).kind()).isEqualTo(CardKind.REVOKED);

        CardFixture kiosk = new CardFixture(dir.resolve("kiosk"));
        assertThat(kiosk.store.cards().revoke(card.card().cardId(), RevocationReason.LOST)).isTrue();
        assertThat(kiosk.store.cards().revokedIds()).containsExactly(card.card().cardId());
        assertThat(kiosk.store.cards().find(card.card().cardId())).isEmpty();
    }

    @Test
    void removingAResidentRevokesTheirWorkingCards() {
        IssuedCard card = issuer.issue("r-7k2m9q");
        assertThat(fixture.store.cards().revokeAllOf("r-7k2m9q", RevocationReason.WITHDRAWN)).containsExactly(card.card().cardId());
        assertThat(fixture.store.cards().revokeAllOf("r-7k2m9q", RevocationReason.WITHDRAWN)).isEmpty();
    }

    @Test
    void unknownResidentsAndCardsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> issuer.issue("r-nobody")).isInstanceOf(CardException.class).hasMessageContaining("r-nobody");
        assertThatThrownBy(() -> issuer.revoke("0123456789ABCDEF", RevocationReason.LOST)).isInstanceOf(CardException.class);
        assertThat(fixture.store.cards().revokedIds()).isEmpty();
    }
}
