package org.menkou.voice.audio;

import java.nio.file.Path;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;

/**
 * A WAV file standing in for the microphone ({@code --mic-file}): one continuous stream, read in order and only while
 * listening, so a file with several commands separated by pauses answers several listen turns in turn. With
 * {@code paced} it is delivered at real-time speed, as a microphone would; without, as fast as it is read (tests).
 */
public final class WavFileInput implements AudioInput {
    private final byte[] pcm;
    private final boolean paced;
    private int position;
    private long pacedSince;
    private int pacedFrom;

    public WavFileInput(byte[] pcm, boolean paced) {
        this.pcm = pcm;
        this.paced = paced;
    }

    /** Opens {@code file}; it must be 16 kHz mono 16-bit. */
    public static WavFileInput open(Path file, boolean paced) throws VoiceException {
        Speech speech = WavFiles.read(file);
        if (!speech.format().equals(PcmFormat.SPEECH_16K)) {
            throw new VoiceException("the microphone file " + file + " must be 16 kHz mono 16-bit, not " + speech.format());
        }
        return new WavFileInput(speech.pcm(), paced);
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (position >= pcm.length) {
            return -1;
        }
        int n = Math.min(length & ~1, pcm.length - position);
        System.arraycopy(pcm, position, buffer, offset, n);
        position += n;
        if (paced) {
            waitUntilPlayed();
        }
        return n;
    }

    private void waitUntilPlayed() {
        long now = System.nanoTime();
        if (pacedSince == 0 || now - pacedSince > 500_000_000L + PcmFormat.SPEECH_16K.millisOf(position - pacedFrom) * 1_000_000L) {
            pacedSince = now;
            pacedFrom = position;
            return;
        }
        long due = pacedSince + PcmFormat.SPEECH_16K.millisOf(position - pacedFrom) * 1_000_000L;
        long sleep = due - now;
        if (sleep > 0) {
            try {
                Thread.sleep(sleep / 1_000_000L, (int) (sleep % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Bytes not read yet. */
    public synchronized int remaining() {
        return pcm.length - position;
    }

    @Override
    public void close() {
    }
}
