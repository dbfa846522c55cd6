package org.menkou.content.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds 100,000 random and mutated payloads to the verifier (seeded, so a failure reproduces): no exception may
 * escape and nothing may be accepted except the genuine payloads themselves.
 */
class CardParserFuzzTest {
    static final int INPUTS = 100_000;
    static final String CARD_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ:-";

    @TempDir
    Path dir;

    @Test
    void noExceptionEscapesAndNoForgeryIsAccepted() {
        CardFixture fixture = new CardFixture(dir);
        CardIssuer issuer = fixture.issuer();
        String zhang = issuer.issue(CardFixture.ZHANG.id()).payload();
        String li = issuer.issue(CardFixture.LI.id()).payload();
        Set<String> genuine = Set.of(zhang, li);
        CardVerifier verifier = fixture.verifierOn(CardFixture.TODAY);
        Random random = new Random(20260310L);
        Map<CardKind, Integer> kinds = new EnumMap<>(CardKind.class);

        for (int i = 0; i < INPUTS; i++) {
            int strategy = i % 8;
            CardCheck check;
            String input;
            if (strategy == 7) {
                byte[] bytes = randomBytes(random, zhang);
                check = verifier.check(bytes);
                input = new String(bytes, StandardCharsets.ISO_8859_1);
            } else {
                input = switch (strategy) {
                    case 0 -> randomText(random, CARD_ALPHABET, random.nextInt(220));
                    case 1 -> randomUnicode(random, random.nextInt(300));
                    case 2 -> wellFormedButUnsigned(random);
                    case 3 -> splice(random, zhang, li);
                    default -> mutate(random, random.nextBoolean() ? zhang : li, 1 + random.nextInt(4));
                };
                check = verifier.check(input);
            }
            if (genuine.contains(input.strip().toUpperCase(Locale.ROOT))) {
                continue; // a mutation that changed nothing but case or surrounding blanks
            }
            assertThat(check.kind()).as("input #%d", i).isNotEqualTo(CardKind.RESIDENT_CARD);
            assertThat(check.card()).isEmpty();
            kinds.merge(check.kind(), 1, Integer::sum);
        }
        // The generators reach both rejection paths, so the loop really exercised the signature check.
        assertThat(kinds.getOrDefault(CardKind.FORGED, 0)).isGreaterThan(INPUTS / 4);
        assertThat(kinds.getOrDefault(CardKind.FOREIGN, 0)).isGreaterThan(INPUTS / 10);
    }

    static String randomText(Random r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static String randomUnicode(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            sb.append("MK1:");
        }
        for (int i = 0; i < length; i++) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(Character.MAX_CODE_POINT + 1);
            if (Character.isDefined(cp) && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append((char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    /** Passes the structural check, so only the signature can reject it. */
    static String wellFormedButUnsigned(Random r) {
        String digits = "0123456789";
        String base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return "MK1:" + randomText(r, base36, 16) + ":R-" + randomText(r, base36, 6) + ":2026" + "0" + (1 + r.nextInt(9))
                + "1" + randomText(r, digits, 1) + ":2031" + "0" + (1 + r.nextInt(9)) + "1" + randomText(r, digits, 1)
                + ":" + randomText(r, base36, 100);
    }

    static String splice(Random r, String a, String b) {
        int cut = r.nextInt(Math.min(a.length(), b.length()));
        return r.nextBoolean() ? a.substring(0, cut) + b.substring(cut) : b.substring(0, cut) + a.substring(cut);
    }

    static String mutate(Random r, String payload, int edits) {
        StringBuilder sb = new StringBuilder(payload);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            char c = r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : CARD_ALPHABET.charAt(r.nextInt(CARD_ALPHABET.length()));
            switch (r.nextInt(6)) {
                case 0 -> sb.setCharAt(at, c);
                case 1 -> sb.insert(at, c);
                case 2 -> sb.deleteCharAt(at);
                case 3 -> sb.setLength(at);
                case 4 -> sb.append(sb, 0, Math.min(sb.length(), r.nextInt(40)));
                default -> {
                    int other = r.nextInt(sb.length());
                    char t = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(other));
                    sb.setCharAt(other, t);
                }
            }
        }
        return sb.toString();
    }

    static byte[] randomBytes(Random r, String payload) {
        byte[] bytes = r.nextBoolean() ? payload.getBytes(StandardCharsets.US_ASCII) : new byte[r.nextInt(600)];
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips && bytes.length > 0; i++) {
            bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
        if (bytes.length > 0 && r.nextInt(4) == 0) {
            r.nextBytes(bytes);
        }
        return bytes;
    }
}
