package org.menkou.voice.grammar;

import java.util.Collection;
import java.util.Set;

/** The words a speech model knows. Immutable; grammar phrases must be made of these words. */
public final class Vocabulary {
    private final Set<String> words;
    private final int longestWord;

    public Vocabulary(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.longestWord = this.words.stream().mapToInt(w -> w.codePointCount(0, w.length())).max().orElse(0);
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    public int size() {
        return words.size();
    }

    /** Length in code points of the longest word. */
    int longestWord() {
        return longestWord;
    }
}
