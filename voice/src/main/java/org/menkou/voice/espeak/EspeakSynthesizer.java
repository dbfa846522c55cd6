package org.menkou.voice.espeak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.WavFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * espeak-ng as a process: text on standard input, WAV on standard output. Mandarin uses the voice
 * {@code cmn-latn-pinyin} (plain {@code cmn} reads Latin letters as English); English uses {@code en-us}.
 * Thread-safe (one process per call).
 */
public final class EspeakSynthesizer implements SpeechSynthesizer {
    /** espeak-ng's normal speed in words per minute. */
    static final int NORMAL_WPM = 175;
    private static final Logger LOG = LoggerFactory.getLogger(EspeakSynthesizer.class);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final String executable;
    private final Duration timeout;

    public EspeakSynthesizer() {
        this("espeak-ng");
    }

    public EspeakSynthesizer(String executable) {
        this(executable, DEFAULT_TIMEOUT);
    }

    /** @param timeout bounds each synthesis from start to the last byte read; then the process is killed */
    EspeakSynthesizer(String executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    @Override
    public String id() {
        return "espeak-ng";
    }

    /** The espeak-ng voice for a locale. */
    static String voiceFor(Locale locale) {
        return locale.getLanguage().equals("zh") ? "cmn-latn-pinyin" : "en-us";
    }

    /**
     * Runs espeak-ng with the text in a temporary file as its input and its WAV going to another, so no pipe can
     * block: the timeout bounds the whole synthesis. A process still running at the timeout is killed with its
     * children. Both files are deleted before this returns.
     */
    @Override
    public Speech synthesize(SpeechRequest request) throws VoiceException {
        int wpm = (int) Math.round(NORMAL_WPM * request.rate());
        List<String> command = List.of(executable, "-v", voiceFor(request.locale()), "-s", Integer.toString(wpm),
                "--stdout");
        Path text = null;
        Path wav = null;
        try {
            text = Files.createTempFile("menkou-espeak-", ".txt");
            wav = Files.createTempFile("menkou-espeak-", ".wav");
            Files.writeString(text, request.text(), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command).redirectInput(text.toFile()).redirectOutput(wav.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new VoiceException("espeak-ng failed (exit timeout after " + timeout.toMillis() + " ms)");
            }
            if (process.exitValue() != 0) {
                throw new VoiceException("espeak-ng failed (exit " + process.exitValue() + ")");
            }
            try (InputStream in = Files.newInputStream(wav)) {
                return WavFiles.read(in, "espeak-ng output");
            }
        } catch (IOException e) {
            throw new VoiceException("cannot run espeak-ng (is the espeak-ng package installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceException("interrupted while espeak-ng was speaking", e);
        } finally {
            deleteQuietly(text);
            deleteQuietly(wav);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot delete {}: {}", file, e.getMessage());
            }
        }
    }
}
