package org.menkou.voice.audio;

import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;

/** The default speaker through javax.sound (a SourceDataLine at 16 kHz mono 16-bit). The opener closes it. */
public final class JavaSoundSpeaker implements AudioSink {
    private static final int CHUNK_BYTES = PcmFormat.SPEECH_16K.sampleRateHz() / 20 * 2;
    private final SourceDataLine line;

    private JavaSoundSpeaker(SourceDataLine line) {
        this.line = line;
    }

    /** Opens the default speaker; fails with a one-line message when there is none. */
    public static JavaSoundSpeaker open() throws VoiceException {
        var format = WavFiles.javaFormat(PcmFormat.SPEECH_16K);
        try {
            SourceDataLine line = (SourceDataLine) AudioSystem.getLine(new DataLine.Info(SourceDataLine.class, format));
            line.open(format);
            line.start();
            return new JavaSoundSpeaker(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // javax.sound throws IllegalArgumentException when no line matching the format exists at all.
            throw new VoiceException("no speaker found (16 kHz mono 16-bit): " + e.getMessage(), e);
        }
    }

    @Override
    public void play(Speech speech, BooleanSupplier stop, Runnable onFirstAudio) {
        byte[] pcm = speech.pcm();
        for (int offset = 0; offset < pcm.length; offset += CHUNK_BYTES) {
            if (stop.getAsBoolean()) {
                line.flush();
                return;
            }
            line.write(pcm, offset, Math.min(CHUNK_BYTES, pcm.length - offset));
            if (offset == 0) {
                onFirstAudio.run();
            }
        }
        line.drain();
    }

    @Override
    public void close() {
        line.close();
    }
}
