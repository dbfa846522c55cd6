package org.menkou.voice.testing;

import java.io.ByteArrayOutputStream;

/** Synthetic 16 kHz mono 16-bit audio: tone bursts standing for utterances, separated by silence. */
public final class Tones {
    private Tones() {
    }

    public static byte[] tone(int millis, double amplitude) {
        int n = 16 * millis;
        byte[] out = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            int v = (int) (Math.sin(2 * Math.PI * 220 * i / 16_000.0) * amplitude * 32767);
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    public static byte[] silence(int millis) {
        return new byte[16 * millis * 2];
    }

    /** Utterances of {@code speechMillis} each, each followed by {@code gapMillis} of silence. */
    public static byte[] utterances(int count, int speechMillis, int gapMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(silence(300));
        for (int i = 0; i < count; i++) {
            out.writeBytes(tone(speechMillis, 0.3));
            out.writeBytes(silence(gapMillis));
        }
        return out.toByteArray();
    }
}
