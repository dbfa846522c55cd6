package org.menkou.voice.audio;

/**
 * Loudness for elderly listeners: the utterance is brought to a target speech level scaled by the volume, then a
 * peak limiter (instant attack, 50 ms release) keeps every sample under the ceiling, so raising the volume never
 * clips. Stateless.
 */
public final class Limiter {
    /** RMS level of active speech at volume 1.0 (about -14 dBFS). */
    static final float TARGET_RMS = 0.2f;
    /** Peak ceiling (about -1 dBFS). */
    public static final float CEILING = 0.89f;
    private static final float ACTIVE = 0.01f;

    private Limiter() {
    }

    /** Levels {@code samples} in place at {@code volume} (0-1) for a signal sampled at {@code sampleRateHz}. */
    public static void level(float[] samples, double volume, int sampleRateHz) {
        double sum = 0;
        int active = 0;
        for (float s : samples) {
            if (Math.abs(s) > ACTIVE) {
                sum += s * s;
                active++;
            }
        }
        if (active == 0) {
            return;
        }
        float gain = (float) (TARGET_RMS * volume / Math.sqrt(sum / active));
        float release = (float) Math.exp(-1.0 / (0.050 * sampleRateHz));
        float envelope = 0;
        for (int i = 0; i < samples.length; i++) {
            float y = samples[i] * gain;
            envelope = Math.max(Math.abs(y), envelope * release);
            samples[i] = envelope > CEILING ? y * CEILING / envelope : y;
        }
    }
}
