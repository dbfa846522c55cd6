package org.menkou.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out in lines of at most a given number of terminal columns, the way the kiosk shows it: Chinese
 * characters take two columns, other characters one. Lines break between Chinese characters or at spaces; a Latin
 * word or number is kept whole unless it alone is wider than a line; closing punctuation (，。！？ …) never starts a
 * line and opening punctuation never ends one. Paragraphs (separated by line feeds) always start a new line.
 */
public final class KioskTextLayout {
    /** The widest line of text the kiosk shows, in columns: 16 Chinese characters, however wide the display. */
    public static final int KIOSK_COLUMNS = 32;
    private static final String NO_LINE_START = "，。！？、；：）》」』】”’,.!?;:)%";
    private static final String NO_LINE_END = "（《「『【“‘(";

    private KioskTextLayout() {
    }

    /** Columns a code point occupies on a terminal: 2 for East Asian wide characters, else 1. */
    public static int columns(int codePoint) {
        return isWide(codePoint) ? 2 : 1;
    }

    /** Columns {@code text} occupies on one line. */
    public static int columns(String text) {
        return text.codePoints().map(KioskTextLayout::columns).sum();
    }

    /** Wraps {@code text} into lines of at most {@code width} columns (at least 4). Empty paragraphs give empty lines. */
    public static List<String> wrap(String text, int width) {
        if (width < 4) {
            throw new IllegalArgumentException("width must be at least 4 columns: " + width);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, int width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        List<String> tokens = tokens(paragraph);
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int w = columns(token);
            boolean space = token.equals(" ");
            if (space && used == 0) {
                continue;
            }
            if (used + w > width && !space) {
                // Closing punctuation takes the character before it to the next line; an opening mark moves
                // down with what follows it.
                String carry = isNoLineStart(token) ? lastCharacter(line) : trailingOpening(line);
                if (used > 0) {
                    lines.add(line.substring(0, line.length() - carry.length()).stripTrailing());
                }
                line.setLength(0);
                line.append(carry);
                used = columns(carry);
                if (w > width) {
                    used = hardBreak(token, width, line, used, lines);
                    continue;
                }
            }
            if (space && used + 1 > width) {
                continue;
            }
            line.append(token);
            used += w;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** Splits a token wider than a line across lines; returns the columns used on the last, unfinished line. */
    private static int hardBreak(String token, int width, StringBuilder line, int used, List<String> lines) {
        int[] cps = token.codePoints().toArray();
        for (int cp : cps) {
            int w = columns(cp);
            if (used + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
        }
        return used;
    }

    private static String lastCharacter(StringBuilder line) {
        if (line.codePointCount(0, line.length()) < 2) {
            return "";
        }
        String last = new String(Character.toChars(line.codePointBefore(line.length())));
        return last.equals(" ") ? "" : last;
    }

    private static String trailingOpening(StringBuilder line) {
        if (line.length() > 0 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return line.substring(line.length() - 1);
        }
        return "";
    }

    private static boolean isNoLineStart(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_LINE_START.contains(token);
    }

    /** Tokens: one wide character each, runs of non-space narrow characters (words, numbers), single spaces. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || isWide(cp) || NO_LINE_START.indexOf(cp) >= 0 || NO_LINE_END.indexOf(cp) >= 0) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
