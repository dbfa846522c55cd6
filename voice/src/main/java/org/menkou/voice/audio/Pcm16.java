package org.menkou.voice.audio;

/** Conversions between 16-bit signed little-endian PCM bytes and floats in -1..1. */
public final class Pcm16 {
    private Pcm16() {
    }

    public static float[] toFloats(byte[] pcm, int offset, int length) {
        float[] out = new float[length / 2];
        for (int i = 0; i < out.length; i++) {
            int lo = pcm[offset + 2 * i] & 0xff;
            int hi = pcm[offset + 2 * i + 1];
            out[i] = (short) ((hi << 8) | lo) / 32768f;
        }
        return out;
    }

    public static byte[] toBytes(float[] samples, int length) {
        byte[] out = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            int v = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f);
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
