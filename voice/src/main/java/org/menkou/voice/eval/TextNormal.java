package org.menkou.voice.eval;

import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

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
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
