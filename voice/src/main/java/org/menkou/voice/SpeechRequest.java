package org.menkou.voice;

import java.util.Locale;
import java.util.Objects;

/**
 * What to say and how.
 *
 * @param rate   speaking rate relative to the engine's normal pace: 1.0 normal, 0.8 slower
 * @param volume output level from 0.0 (silent) to 1.0 (loudest without clipping)
 */
public record SpeechRequest(String text, Locale locale, double rate, double volume) {
    public SpeechRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        if (rate < 0.3 || rate > 3.0) {
            throw new IllegalArgumentException("rate must be within 0.3-3.0: " + rate);
        }
        if (volume < 0.0 || volume > 1.0) {
            throw new IllegalArgumentException("volume must be within 0.0-1.0: " + volume);
        }
    }
}
