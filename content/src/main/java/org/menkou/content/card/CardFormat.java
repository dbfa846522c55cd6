package org.menkou.content.card;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.menkou.content.ContentException;

/**
 * The text inside a card's QR code, format version 1:
 * <pre>MK1:CARDID:RESIDENT-ID:YYYYMMDD:YYYYMMDD:SIGNATURE</pre>
 * card id, resident id (upper-cased), issue date, expiry date, and the Ed25519 signature over everything before the
 * last colon as 100 base-36 digits. Every character is in the QR alphanumeric set (0-9, A-Z, '-', ':'), so the code
 * stays small (version 6, 41×41 modules, at error correction M for a 9-character resident id). There is exactly one text per card:
 * the parser accepts only the canonical form, so a signature cannot be re-encoded into a second valid text.
 */
final class CardFormat {
    static final String PREFIX = "MK1:";
    /** Longer inputs are rejected before any parsing; the longest valid card is 180 characters. */
    static final int MAX_LENGTH = 256;
    static final int SIGNATURE_BYTES = 64;
    private static final int SIGNATURE_DIGITS = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern CARD = Pattern.compile(
            "MK1:([0-9A-Z]{16}):([0-9A-Z][0-9A-Z-]{1,39}):([0-9]{8}):([0-9]{8}):([0-9A-Z]{" + SIGNATURE_DIGITS + "})");

    /** A text with the structure of a card; its signature is not checked yet. */
    record Parsed(ResidentCard card, byte[] signedPart, byte[] signature) {
    }

    private CardFormat() {
    }

    /** The bytes the signature covers. */
    static byte[] signedPart(ResidentCard c) {
        String text = PREFIX + c.cardId() + ":" + c.residentId().toUpperCase(Locale.ROOT) + ":"
                + DATE.format(c.issuedOn()) + ":" + DATE.format(c.expiresOn());
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The full payload of {@code card} signed with {@code signature} ({@value #SIGNATURE_BYTES} bytes). */
    static String encode(ResidentCard card, byte[] signature) {
        return new String(signedPart(card), StandardCharsets.US_ASCII) + ":" + toDigits(signature, SIGNATURE_DIGITS);
    }

    /**
     * Normalises what a reader delivered: a trailing line end (HID scanners send one) and surrounding blanks go, and
     * letters are upper-cased (a scanner typing with Caps Lock on inverts case). Only ever called on text of at most
     * {@link #MAX_LENGTH} characters.
     */
    static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** True when {@code normalised} claims to be a card of this format, valid or not. */
    static boolean claimsToBeACard(String normalised) {
        return normalised.startsWith(PREFIX);
    }

    /** The card in {@code normalised}, or empty when it does not have a card's exact structure. Never throws. */
    static Optional<Parsed> parse(String normalised) {
        Matcher m = CARD.matcher(normalised);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate issued = LocalDate.parse(m.group(3), DATE);
            LocalDate expires = LocalDate.parse(m.group(4), DATE);
            ResidentCard card = new ResidentCard(m.group(1), m.group(2).toLowerCase(Locale.ROOT), issued, expires);
            byte[] signature = fromDigits(m.group(5), SIGNATURE_BYTES);
            if (signature == null || !Arrays.equals(signedPart(card), signedText(normalised))) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(card, signedPart(card), signature));
        } catch (DateTimeException | ContentException e) {
            return Optional.empty();
        }
    }

    private static byte[] signedText(String normalised) {
        return normalised.substring(0, normalised.lastIndexOf(':')).getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code bytes} as an unsigned big-endian number in base 36, left-padded with '0' to {@code digits}. */
    static String toDigits(byte[] bytes, int digits) {
        String s = new BigInteger(1, bytes).toString(36).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /** The inverse of {@link #toDigits}: {@code length} bytes, or null when the number does not fit in them. */
    static byte[] fromDigits(String digits, int length) {
        BigInteger n = new BigInteger(digits, 36);
        if (n.bitLength() > length * 8) {
            return null;
        }
        byte[] raw = n.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
