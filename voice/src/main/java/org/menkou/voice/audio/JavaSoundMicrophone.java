package org.menkou.voice.audio;

import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.VoiceException;

/** The default microphone through javax.sound (a TargetDataLine at 16 kHz mono 16-bit). The opener closes it. */
public final class JavaSoundMicrophone implements AudioInput {
    private final TargetDataLine line;

    private JavaSoundMicrophone(TargetDataLine line) {
        this.line = line;
    }

    /** Opens and starts the default microphone; fails with a one-line message when there is none. */
    public static JavaSoundMicrophone open() throws VoiceException {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, WavFiles.javaFormat(PcmFormat.SPEECH_16K));
        try {
            TargetDataLine line = (TargetDataLine) AudioSystem.getLine(info);
            line.open(WavFiles.javaFormat(PcmFormat.SPEECH_16K));
            line.start();
            return new JavaSoundMicrophone(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // javax.sound throws IllegalArgumentException when no line matching the format exists at all.
            throw new VoiceException("no microphone found (16 kHz mono 16-bit): " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (!line.isOpen()) {
            return -1;
        }
        return line.read(buffer, offset, length & ~1);
    }

    @Override
    public void flush() {
        line.flush();
    }

    @Override
    public void close() {
        line.close();
    }
}
