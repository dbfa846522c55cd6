package org.menkou.voice;

/**
 * Linear PCM, signed, little-endian.
 *
 * @param sampleRateHz samples per second per channel, e.g. 16000
 * @param bitsPerSample 8 or 16
 * @param channels 1 (mono) or 2
 */
public record PcmFormat(int sampleRateHz, int bitsPerSample, int channels) {
    /** 16 kHz mono 16-bit: what speech recognisers take. */
    public static final PcmFormat SPEECH_16K = new PcmFormat(16_000, 16, 1);

    public PcmFormat {
        if (sampleRateHz < 8_000 || sampleRateHz > 96_000) {
            throw new IllegalArgumentException("sample rate out of range: " + sampleRateHz);
        }
        if (bitsPerSample != 8 && bitsPerSample != 16) {
            throw new IllegalArgumentException("bits per sample must be 8 or 16: " + bitsPerSample);
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("channels must be 1 or 2: " + channels);
        }
    }

    /** Bytes in one frame (one sample of every channel). */
    public int frameBytes() {
        return bitsPerSample / 8 * channels;
    }

    /** Playing time of {@code bytes} of audio in this format, in milliseconds. */
    public long millisOf(long bytes) {
        return bytes / frameBytes() * 1000L / sampleRateHz;
    }
}
