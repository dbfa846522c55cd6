package org.menkou.content.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security: every way a code can be wrong is rejected as the right kind, with that kind's sentence. */
class CardVerifierTest {
    @TempDir
    Path dir;
    CardFixture fixture;
    IssuedCard zhang;
    CardVerifier verifier;

    @BeforeEach
    void issue() {
        fixture = new CardFixture(dir.resolve("server"));
        zhang = fixture.issuer().issue(CardFixture.ZHANG.id());
        verifier = fixture.verifierOn(CardFixture.TODAY);
    }

    @Test
    void aGenuineCardIdentifiesTheResidentAndCarriesNothingPersonal() {
        CardCheck check = verifier.check(zhang.payload());
        assertThat(check.kind()).isEqualTo(CardKind.RESIDENT_CARD);
        assertThat(check.residentId()).contains("r-7k2m9q");
        assertThat(zhang.payload()).matches("[0-9A-Z:-]+").hasSizeLessThanOrEqualTo(CardFormat.MAX_LENGTH)
                .doesNotContain("张").doesNotContain("1941").doesNotContain("AGE80");
        assertThat(zhang.toString()).doesNotContain(zhang.payload());
    }

    @Test
    void aScannerTypingInLowerCaseWithALineEndStillReadsTheCard() {
        assertThat(verifier.check(zhang.payload().toLowerCase() + "\r\n").residentId()).contains("r-7k2m9q");
    }

    @Test
    void tamperedPayloadsAreForged() {
        String p = zhang.payload();
        String otherResident = p.replace("R-7K2M9Q", "R-3F8X1W");
        String laterExpiry = p.replace(":" + zhang.card().expiresOn().toString().replace("-", "") + ":", ":20991231:");
        int sig = p.lastIndexOf(':') + 10;
        String flippedSignature = p.substring(0, sig) + (p.charAt(sig) == 'A' ? 'B' : 'A') + p.substring(sig + 1);
        for (String tampered : List.of(otherResident, laterExpiry, flippedSignature)) {
            assertThat(tampered).isNotEqualTo(p);
            assertRejected(verifier.check(tampered), CardKind.FORGED);
        }
    }

    @Test
    void aCardSignedWithAnotherKeyIsForged() {
        CardFixture elsewhere = new CardFixture(dir.resolve("other-district"));
        IssuedCard foreignSigned = elsewhere.issuer().issue(CardFixture.ZHANG.id());
        assertRejected(verifier.check(foreignSigned.payload()), CardKind.FORGED);
    }

    @Test
    void aCardIsValidThroughItsExpiryDateAndExpiredTheDayAfter() {
        var expiry = zhang.card().expiresOn();
        assertThat(fixture.verifierOn(expiry).check(zhang.payload()).kind()).isEqualTo(CardKind.RESIDENT_CARD);
        assertRejected(fixture.verifierOn(expiry.plusDays(1)).check(zhang.payload()), CardKind.EXPIRED);
    }

    @Test
    void reprintingRevokesThePreviousCard() {
        IssuedCard reprint = fixture.issuer().issue(CardFixture.ZHANG.id());
        CardVerifier synced = fixture.verifierOn(CardFixture.TODAY);
        assertRejected(synced.check(zhang.payload()), CardKind.REVOKED);
        assertThat(synced.check(reprint.payload()).residentId()).contains("r-7k2m9q");
        assertThat(reprint.replacedCardIds()).containsExactly(zhang.card().cardId());
    }

    @Test
    void everyTruncationIsRejected() {
        String p = zhang.payload();
        for (int n = 1; n < p.length(); n++) {
            CardKind expected = n >= CardFormat.PREFIX.length() ? CardKind.FORGED : CardKind.FOREIGN;
            assertRejected(verifier.check(p.substring(0, n)), expected);
        }
    }

    @Test
    void oversizedInputsAreRejectedBeforeParsing() {
        assertRejected(verifier.check(zhang.payload() + "0".repeat(300)), CardKind.FORGED);
        assertRejected(verifier.check("HTTPS://EXAMPLE.ORG/" + "A".repeat(10_000)), CardKind.FOREIGN);
        byte[] huge = new byte[1 << 20];
        Arrays.fill(huge, (byte) 'A');
        assertRejected(verifier.check(huge), CardKind.FOREIGN);
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        byte[] ours = zhang.payload().getBytes(StandardCharsets.US_ASCII);
        ours[40] = (byte) 0xC3;
        assertRejected(verifier.check(ours), CardKind.FORGED);
        assertRejected(verifier.check(new byte[] {'M', 'K', '1', ':', (byte) 0xFF, (byte) 0xFE}), CardKind.FORGED);
        assertRejected(verifier.check(new byte[] {(byte) 0xA1, (byte) 0xB2, 0x00, (byte) 0x80}), CardKind.FOREIGN);
        assertThat(verifier.check(zhang.payload().getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(CardKind.RESIDENT_CARD);
    }

    @Test
    void otherCodesAreForeignAndShownOnlyAsAKind() {
        Stream.of("https://example.org/activity?id=42", "wxp://f2f0qWERTYexampleOnly", "134567890123456789",
                        "{\"type\":\"health\",\"status\":\"green\",\"id\":\"3101...\"}", "欢迎光临梧桐街道",
                        "MK2:0123456789ABCDEF:R-7K2M9Q:20260310:20310310:" + "0".repeat(100), "mk1")
                .forEach(code -> assertRejected(verifier.check(code), CardKind.FOREIGN));
        assertThat(CardKind.FOREIGN.sentence()).isEqualTo("这张码不是居民服务卡，请找工作人员帮忙");
    }

    @Test
    void nothingAtAllIsNone() {
        assertRejected(verifier.check((String) null), CardKind.NONE);
        assertRejected(verifier.check(" \r\n"), CardKind.NONE);
        assertRejected(verifier.check(new byte[0]), CardKind.NONE);
    }

    @Test
    void everyKindHasItsOwnShortChineseSentenceAndLabel() {
        Set<String> sentences = Arrays.stream(CardKind.values()).map(CardKind::sentence).collect(Collectors.toSet());
        assertThat(sentences).hasSize(CardKind.values().length)
                .allSatisfy(s -> assertThat(s).matches(".*\\p{IsHan}.*").hasSizeLessThanOrEqualTo(32));
        assertThat(Arrays.stream(CardKind.values()).map(CardKind::label))
                .containsExactly("resident-card", "expired", "revoked", "forged", "foreign", "none");
    }

    @Test
    void aVerifierNeedsAtLeastOneKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new CardVerifier(List.of(), Set.of(), CardFixture.clockOn(CardFixture.TODAY)))
                .isInstanceOf(CardException.class).hasMessageContaining("sync");
    }

    private static void assertRejected(CardCheck check, CardKind kind) {
        assertThat(check.kind()).isEqualTo(kind);
        assertThat(check.card()).isEmpty();
        assertThat(check.sentence()).isEqualTo(kind.sentence());
    }
}
