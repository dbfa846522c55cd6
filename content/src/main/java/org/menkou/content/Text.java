package org.menkou.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text hygiene for everything that may later reach a terminal or a page. {@link #clean} strips terminal escape
 * sequences (CSI, OSC, DCS/PM/APC strings and two-character escapes), C0 and C1 control characters except the
 * line feed, Unicode bidirectional overrides, isolates and marks (LRM, RLM, ALM), and invisible zero-width characters
 * (ZWSP, ZWNJ, ZWJ, word joiner, and U+FEFF wherever it stands, a byte order mark included); tabs become spaces, and
 * carriage returns and the Unicode line and paragraph separators (U+2028, U+2029) become line feeds, because they
 * are line breaks by definition: a multi-line text keeps its lines and a single-line field rejects them like any
 * line feed. The checks below all clean first.
 */
public final class Text {
    /** ESC-led sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings up to BEL or ST, and two-byte escapes. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]"
                    + "|\u001B[\\]PX^_][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
                    + "|\u009B[0-?]*[ -/]*[@-~]"
                    + "|[\u009D\u0090\u0098\u009E\u009F][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\\\|\u009C)?"
                    + "|\u001B[ -/]*[0-~]?");
    private static final Pattern CONTROLS = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C"
                    + "\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private Text() {
    }

    /** Returns {@code value} with escape sequences and control characters removed (line feeds kept), trimmed; null stays null. */
    public static String clean(String value) {
        return value == null ? null : sanitize(value).strip();
    }

    /** Like {@link #clean} but keeps leading and trailing spaces: for text about to be drawn where spacing matters. */
    public static String sanitize(String value) {
        String s = value.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n')
                .replace('\t', ' ');
        s = ESCAPES.matcher(s).replaceAll("");
        return CONTROLS.matcher(s).replaceAll("");
    }

    /** A cleaned single- or multi-line text that must not be blank and must fit in {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        String s = clean(value);
        if (s == null || s.isBlank()) {
            throw new InvalidContentException(field, "不能为空 (must not be empty)");
        }
        if (s.codePointCount(0, s.length()) > maxLength) {
            throw new InvalidContentException(field, "太长了，最多 " + maxLength + " 个字 (at most " + maxLength + " characters)");
        }
        return s;
    }

    /** Like {@link #required} but for one line: line feeds are rejected. */
    public static String requiredLine(String field, String value, int maxLength) {
        String s = required(field, value, maxLength);
        if (s.indexOf('\n') >= 0) {
            throw new InvalidContentException(field, "只能写一行 (must be a single line)");
        }
        return s;
    }

    /** An optional value: null or blank becomes null, anything else as {@link #requiredLine}. */
    public static String optionalLine(String field, String value, int maxLength) {
        String s = clean(value);
        return s == null || s.isEmpty() ? null : requiredLine(field, s, maxLength);
    }

    /** An identifier: lowercase letters, digits and '-', 2 to 40 characters, starting with a letter or digit. */
    public static String slug(String field, String value) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidContentException(field, "编号只能用小写字母、数字和 '-'，2 到 40 位 (id must match [a-z0-9][a-z0-9-]{1,39})");
        }
        return value;
    }

    /** A non-empty list of cleaned lines, each at most {@code maxLength}, at most {@code maxItems} of them. */
    public static List<String> lines(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null || values.isEmpty()) {
            throw new InvalidContentException(field, "至少要有一项 (needs at least one entry)");
        }
        if (values.size() > maxItems) {
            throw new InvalidContentException(field, "最多 " + maxItems + " 项 (at most " + maxItems + " entries)");
        }
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(requiredLine(field + "[" + i + "]", values.get(i), maxLength));
        }
        return List.copyOf(out);
    }
}
