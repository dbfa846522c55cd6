package org.menkou.voice;

import java.util.Objects;

/** Synthesised speech: the whole utterance as PCM in {@code format}. The array is not copied; do not modify it. */
public record Speech(byte[] pcm, PcmFormat format) {
    public Speech {
        Objects.requireNonNull(pcm, "pcm");
        Objects.requireNonNull(format, "format");
    }

    public long durationMillis() {
        return format.millisOf(pcm.length);
    }
}
