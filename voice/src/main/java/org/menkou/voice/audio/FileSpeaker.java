package org.menkou.voice.audio;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;

/**
 * A WAV file standing in for the speaker ({@code --speaker-file}): everything played is appended, and the file is
 * rewritten after each utterance, so it always holds all speech so far. With {@code paced}, playing takes real time
 * (so interruptions behave as on a speaker); without, it returns at once. Thread-safe.
 */
public final class FileSpeaker implements AudioSink {
    private static final int CHUNK_BYTES = PcmFormat.SPEECH_16K.sampleRateHz() / 20 * 2;

    private final Path file;
    private final boolean paced;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    public FileSpeaker(Path file, boolean paced) {
        this.file = file;
        this.paced = paced;
    }

    @Override
    public void play(Speech speech, BooleanSupplier stop, Runnable onFirstAudio) throws VoiceException {
        byte[] pcm = speech.pcm();
        long start = System.nanoTime();
        try {
            for (int offset = 0; offset < pcm.length && !stop.getAsBoolean(); offset += CHUNK_BYTES) {
                int n = Math.min(CHUNK_BYTES, pcm.length - offset);
                synchronized (this) {
                    written.write(pcm, offset, n);
                }
                if (offset == 0) {
                    onFirstAudio.run();
                }
                if (paced) {
                    long due = start + PcmFormat.SPEECH_16K.millisOf(offset + n) * 1_000_000L;
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000L));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            flush();
        }
    }

    private synchronized void flush() throws VoiceException {
        WavFiles.write(new Speech(written.toByteArray(), PcmFormat.SPEECH_16K), file);
    }

    /** Milliseconds of audio written so far. */
    public synchronized long writtenMillis() {
        return PcmFormat.SPEECH_16K.millisOf(written.size());
    }

    @Override
    public void close() {
    }
}
