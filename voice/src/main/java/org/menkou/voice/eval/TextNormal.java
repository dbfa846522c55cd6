package org.menkou.voice.eval;

import java.util.Locale;

/** How texts are compared in evaluation: lower case, no punctuation; Chinese also without spaces. */
final class TextNormal {
    private TextNormal() {
    }

    static String of(String text, boolean chinese) {
        String s = text.replace("[unk]", " ").toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}，。！？、：；“”]+", " ");
        s = s.trim().replaceAll("\\s+", " ");
        return chinese ? s.replace(" ", "") : s;
    }

    /** Character edit distance between normalised texts. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
