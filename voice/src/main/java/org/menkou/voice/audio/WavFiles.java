package org.menkou.voice.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;

/** Reading and writing WAV files and streams as {@link Speech} (signed little-endian PCM). */
public final class WavFiles {
    private WavFiles() {
    }

    public static Speech read(Path file) throws VoiceException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new VoiceException("cannot read the WAV file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a whole WAV stream (the caller closes it); {@code name} is used in messages. */
    public static Speech read(InputStream in, String name) throws VoiceException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(in.markSupported() ? in : new BufferedInputStream(in))) {
            return fromAudioStream(audio);
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new VoiceException("not a readable WAV: " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads all of {@code audio} (16-bit or 8-bit linear PCM), converting to signed little-endian 16-bit. */
    public static Speech fromAudioStream(AudioInputStream audio) throws IOException, VoiceException {
        AudioFormat f = audio.getFormat();
        AudioFormat target = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
        try (AudioInputStream pcm = f.matches(target) ? audio : AudioSystem.getAudioInputStream(target, audio)) {
            byte[] bytes = readFully(pcm);
            try {
                return new Speech(bytes, new PcmFormat(Math.round(f.getSampleRate()), 16, f.getChannels()));
            } catch (IllegalArgumentException e) {
                throw new VoiceException("unsupported audio format " + f, e);
            }
        } catch (IllegalArgumentException e) {
            throw new VoiceException("cannot convert audio format " + f + " to 16-bit PCM", e);
        }
    }

    /** Reads until end of stream; some streams (MaryTTS's appendable one) return short reads before the end. */
    private static byte[] readFully(AudioInputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 14];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    public static void write(Speech speech, Path file) throws VoiceException {
        try {
            AudioSystem.write(audioStream(speech), AudioFileFormat.Type.WAVE, file.toFile());
        } catch (IOException e) {
            throw new VoiceException("cannot write the WAV file " + file + ": " + e.getMessage(), e);
        }
    }

    public static AudioFormat javaFormat(PcmFormat format) {
        return new AudioFormat(format.sampleRateHz(), format.bitsPerSample(), format.channels(), true, false);
    }

    public static AudioInputStream audioStream(Speech speech) {
        return new AudioInputStream(new ByteArrayInputStream(speech.pcm()), javaFormat(speech.format()),
                speech.pcm().length / speech.format().frameBytes());
    }
}
