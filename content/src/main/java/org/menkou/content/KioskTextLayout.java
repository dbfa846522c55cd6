package org.menkou.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays text out in lines of at most a given number of terminal columns, the way the kiosk shows it: Chinese
 * characters take two columns, other characters one. Lines break between Chinese characters or at spaces; a Latin
 * word or number, and a phone number, price, date or time with its inner spaces and Chinese units, is kept whole
 * unless it alone is wider than a line; closing punctuation (，。！？ …) never starts a line unless the word before
 * it and the mark together are wider than a line, and opening punctuation never ends one. Paragraphs (separated by
 * line feeds) always start a new line.
 */
public final class KioskTextLayout {
    /** The widest line of text the kiosk shows in a terminal, in columns: 16 Chinese characters, however wide it is. */
    public static final int KIOSK_COLUMNS = 32;
    private static final String NO_LINE_START = "，。！？、；：）》」』】”’,.!?;:)%";
    private static final String NO_LINE_END = "（《「『【“‘(";
    /**
     * Tokens no line may break inside: phone numbers with spaces or hyphens (021-5555 0100, +86 21 5555 0100),
     * prices (12.5元, 12.5元/餐, ¥12), dates (2026年12月3日, 12月3日), times (11:30, 11点30分, 9点半) and a number with
     * its unit (60岁, 3天). Not preceded by a letter or digit, so a longer word is never cut at the token's start.
     */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "(?<![\\p{Alnum}.])(?:"
                    + "\\+?\\d{2,4}(?:[ -]\\d{2,8})+(?![\\d.])"
                    + "|[¥￥] ?\\d+(?:\\.\\d+)?(?: ?元)?"
                    + "|(?:\\d{1,4} ?年 ?)?\\d{1,2} ?月(?: ?\\d{1,2} ?[日号])?"
                    + "|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?"
                    + "|\\d{1,2} ?点(?:\\d{1,2} ?分|半|钟)?"
                    + "|\\d+(?:\\.\\d+)? ?(?:元|块|角)(?:/\\p{IsHan})?"
                    + "|\\d+(?:\\.\\d+)? ?(?:年|日|号|岁|天|周|次|份|个|人|分钟|小时|公里|米|楼|层|%)"
                    + ")");

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
        List<String> line = new ArrayList<>();
        int used = 0;
        for (String token : tokens(paragraph)) {
            int w = columns(token);
            boolean space = token.equals(" ");
            if (space && line.isEmpty()) {
                continue;
            }
            if (used + w > width && !space) {
                // Closing punctuation takes the token before it (a whole number, not its last digit) to the next
                // line, and an opening mark moves down with what follows it, as long as the pair fits on a line.
                List<String> carry = new ArrayList<>();
                String last = line.isEmpty() ? " " : line.get(line.size() - 1);
                boolean carryLast = line.size() >= 2 && !last.equals(" ") && columns(last) + w <= width
                        && (isNoLineStart(token) || NO_LINE_END.contains(last));
                if (carryLast) {
                    carry.add(line.remove(line.size() - 1));
                }
                if (!line.isEmpty()) {
                    lines.add(String.join("", line).stripTrailing());
                }
                line = carry;
                used = columns(String.join("", carry));
                if (w > width) {
                    used = hardBreak(token, width, line, used, lines);
                    continue;
                }
            }
            if (space && used + 1 > width) {
                continue;
            }
            line.add(token);
            used += w;
        }
        String rest = String.join("", line);
        if (!rest.isBlank()) {
            lines.add(rest.stripTrailing());
        }
    }

    /**
     * Splits a token wider than a line across lines, appending to {@code line} (tokens of the unfinished line);
     * returns the columns used on the last, unfinished line.
     */
    private static int hardBreak(String token, int width, List<String> line, int used, List<String> lines) {
        StringBuilder part = new StringBuilder(String.join("", line));
        line.clear();
        for (int cp : token.codePoints().toArray()) {
            int w = columns(cp);
            if (used + w > width) {
                lines.add(part.toString().stripTrailing());
                part.setLength(0);
                used = 0;
            }
            part.appendCodePoint(cp);
            used += w;
        }
        line.add(part.toString());
        return used;
    }

    private static boolean isNoLineStart(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_LINE_START.contains(token);
    }

    /**
     * Tokens: phone numbers, prices, dates and times whole (spaces and Chinese units included), then one wide
     * character each, runs of non-space narrow characters (words, numbers), single spaces.
     */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher unbreakable = UNBREAKABLE.matcher(s);
        int from = 0;
        while (unbreakable.find()) {
            out.addAll(plainTokens(s.substring(from, unbreakable.start())));
            out.add(unbreakable.group());
            from = unbreakable.end();
        }
        out.addAll(plainTokens(s.substring(from)));
        return out;
    }

    private static List<String> plainTokens(String s) {
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
