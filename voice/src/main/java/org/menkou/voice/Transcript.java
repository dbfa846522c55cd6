package org.menkou.voice;

import java.util.List;
import java.util.Objects;

/**
 * What a recogniser heard in one utterance.
 *
 * @param text  the words joined by single spaces ({@code [unk]} for unknown speech in grammar mode); empty if nothing
 * @param words each word with its confidence (0-1)
 */
public record Transcript(String text, List<Word> words) {
    public Transcript {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
    }

    public static final Transcript EMPTY = new Transcript("", List.of());

    /** One recognised word with its confidence 0-1 and its position in seconds from the start of the utterance. */
    public record Word(String text, double confidence, double startSeconds, double endSeconds) {
    }

    /** The lowest word confidence, 0 when there are no words. */
    public double minConfidence() {
        return words.stream().mapToDouble(Word::confidence).min().orElse(0.0);
    }

    public boolean isUnknown() {
        return text.isBlank() || text.contains("[unk]");
    }
}
