package org.menkou.voice.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a Chinese phrase into words of a model's vocabulary, using as few words as possible (longer words are
 * recognised more reliably). Characters that no vocabulary word covers are out of vocabulary.
 */
public final class ChineseSegmenter {
    private final Vocabulary vocabulary;

    public ChineseSegmenter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The words of {@code phrase}, or empty when some part of it is not in the vocabulary. Spaces are ignored. */
    public Optional<List<String>> segment(String phrase) {
        int[] cps = phrase.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int n = cps.length;
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - vocabulary.longestWord()); start < end; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && vocabulary.contains(new String(cps, start, end - start))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (n == 0 || best[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            words.add(0, new String(cps, from[end], end - from[end]));
        }
        return Optional.of(words);
    }

    /** The characters of {@code phrase} that no vocabulary word covers (in order, without repeats). */
    public String uncovered(String phrase) {
        int[] cps = phrase.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        boolean[] covered = new boolean[cps.length];
        for (int start = 0; start < cps.length; start++) {
            for (int len = 1; len <= vocabulary.longestWord() && start + len <= cps.length; len++) {
                if (vocabulary.contains(new String(cps, start, len))) {
                    Arrays.fill(covered, start, start + len, true);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            String c = new String(cps, i, 1);
            if (!covered[i] && out.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
