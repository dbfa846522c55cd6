package org.menkou.voice.marytts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.WavFiles;
import org.menkou.voice.tarsos.TempoChanger;

/**
 * MaryTTS 5.2.1 embedded, English voice {@code cmu-slt-hsmm}. Starting Mary takes a few seconds; it happens in
 * {@link #start}. Mary's own log goes to {@code logDir}, never the working directory. Rates other than 1.0 are applied
 * with WSOLA. Calls are serialised (the embedded Mary is not documented as thread-safe).
 */
public final class MarySynthesizer implements SpeechSynthesizer {
    public static final String VOICE = "cmu-slt-hsmm";
    private final MaryInterface mary;

    private MarySynthesizer(MaryInterface mary) {
        this.mary = mary;
    }

    /** Starts the embedded MaryTTS with its base and log directory under {@code logDir}. */
    public static MarySynthesizer start(Path logDir) throws VoiceException {
        try {
            Files.createDirectories(logDir);
            System.setProperty("mary.base", logDir.toAbsolutePath().toString());
            System.setProperty("log4j.logger.marytts", "WARN");
            MaryInterface mary = new LocalMaryInterface();
            mary.setVoice(VOICE);
            return new MarySynthesizer(mary);
        } catch (MaryConfigurationException | IOException | RuntimeException e) {
            throw new VoiceException("cannot start MaryTTS: " + e.getMessage(), e);
        }
    }

    @Override
    public String id() {
        return "marytts";
    }

    @Override
    public synchronized Speech synthesize(SpeechRequest request) throws VoiceException {
        try (AudioInputStream audio = mary.generateAudio(request.text())) {
            return TempoChanger.changeTempo(WavFiles.fromAudioStream(audio), request.rate());
        } catch (SynthesisException | IOException e) {
            throw new VoiceException("MaryTTS could not say: " + request.text() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Leaves the embedded Mary running: it is one per process and cannot start again once shut down (its module
     * registry stays closed), so the next English voice reuses it; Mary's own JVM shutdown hook stops it.
     */
    @Override
    public void close() {
    }
}
