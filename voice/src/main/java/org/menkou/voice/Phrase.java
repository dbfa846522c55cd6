package org.menkou.voice;

import java.util.Objects;

/**
 * One phrase a screen expects, e.g. {@code new Phrase("services", "找服务", 1)}.
 *
 * @param id       the caller's name for the phrase, returned when it is heard
 * @param text     what the resident says (Chinese without spaces, or English words)
 * @param digitKey the digit key that does the same on the screen (1-9), or 0 when there is none; spoken as the
 *                 alternative after two misses
 */
public record Phrase(String id, String text, int digitKey) {
    public Phrase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("phrase text is blank (id " + id + ")");
        }
        if (digitKey < 0 || digitKey > 9) {
            throw new IllegalArgumentException("digit key must be 0-9: " + digitKey);
        }
    }
}
