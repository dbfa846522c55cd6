package org.menkou.voice;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build the kiosk's voice. Models live under {@code dataDir/models/vosk-<lang>/}.
 *
 * @param dataDir             the kiosk's data directory
 * @param language            spoken and recognised language
 * @param micFile             a 16 kHz mono 16-bit WAV standing in for the microphone ({@code --mic-file}), or null
 * @param speakerFile         a WAV file receiving all speech instead of the speaker ({@code --speaker-file}), or null
 * @param rate                initial speaking rate (1.0 = the engine's normal pace; the default is slower)
 * @param volume              initial output level 0.0-1.0
 * @param silenceMillis       end of speech after this much silence (elderly speakers pause)
 * @param confidenceThreshold minimum word confidence (0-1) for a phrase to be accepted
 * @param wsolaSlowdown       slow speech down with TarsosDSP WSOLA (the engine speaks at its normal pace) instead of
 *                            asking the engine for a slower rate
 */
public record VoiceOptions(Path dataDir, VoiceLanguage language, Path micFile, Path speakerFile, double rate,
                           double volume, int silenceMillis, double confidenceThreshold, boolean wsolaSlowdown) {
    public static final double DEFAULT_RATE = 0.85;
    public static final double DEFAULT_VOLUME = 0.7;
    public static final int DEFAULT_SILENCE_MILLIS = 1000;
    public static final double DEFAULT_CONFIDENCE = 0.6;

    public VoiceOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(language, "language");
        new SpeechRequest("", language.locale(), rate, volume);
        if (silenceMillis < 200 || silenceMillis > 5000) {
            throw new IllegalArgumentException("silence window must be 200-5000 ms: " + silenceMillis);
        }
        if (confidenceThreshold < 0 || confidenceThreshold > 1) {
            throw new IllegalArgumentException("confidence threshold must be 0-1: " + confidenceThreshold);
        }
    }

    /** The defaults: Chinese, real microphone and speaker, slower than normal rate. */
    public static VoiceOptions defaults(Path dataDir) {
        return new VoiceOptions(dataDir, VoiceLanguage.ZH_CN, null, null, DEFAULT_RATE, DEFAULT_VOLUME,
                DEFAULT_SILENCE_MILLIS, DEFAULT_CONFIDENCE, false);
    }

    public VoiceOptions withLanguage(VoiceLanguage value) {
        return new VoiceOptions(dataDir, value, micFile, speakerFile, rate, volume, silenceMillis, confidenceThreshold, wsolaSlowdown);
    }

    public VoiceOptions withMicFile(Path value) {
        return new VoiceOptions(dataDir, language, value, speakerFile, rate, volume, silenceMillis, confidenceThreshold, wsolaSlowdown);
    }

    public VoiceOptions withSpeakerFile(Path value) {
        return new VoiceOptions(dataDir, language, micFile, value, rate, volume, silenceMillis, confidenceThreshold, wsolaSlowdown);
    }

    public VoiceOptions withRateAndVolume(double newRate, double newVolume) {
        return new VoiceOptions(dataDir, language, micFile, speakerFile, newRate, newVolume, silenceMillis,
                confidenceThreshold, wsolaSlowdown);
    }

    public VoiceOptions withConfidenceThreshold(double value) {
        return new VoiceOptions(dataDir, language, micFile, speakerFile, rate, volume, silenceMillis, value, wsolaSlowdown);
    }

    public VoiceOptions withWsolaSlowdown(boolean value) {
        return new VoiceOptions(dataDir, language, micFile, speakerFile, rate, volume, silenceMillis, confidenceThreshold, value);
    }

    /** Where this language's model is installed. */
    public Path modelDirectory() {
        return modelDirectory(dataDir, language);
    }

    public static Path modelDirectory(Path dataDir, VoiceLanguage language) {
        return dataDir.resolve("models").resolve(language.modelDirectoryName());
    }

    public Optional<Path> micFileOption() {
        return Optional.ofNullable(micFile);
    }

    public Optional<Path> speakerFileOption() {
        return Optional.ofNullable(speakerFile);
    }
}
