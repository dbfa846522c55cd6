package org.menkou.voice.espeak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.WavFiles;

/**
 * espeak-ng as a process: text on standard input, WAV on standard output. Mandarin uses the voice
 * {@code cmn-latn-pinyin} (plain {@code cmn} reads Latin letters as English); English uses {@code en-us}.
 * Thread-safe (one process per call).
 */
public final class EspeakSynthesizer implements SpeechSynthesizer {
    /** espeak-ng's normal speed in words per minute. */
    static final int NORMAL_WPM = 175;
    private static final long TIMEOUT_SECONDS = 30;

    private final String executable;

    public EspeakSynthesizer() {
        this("espeak-ng");
    }

    public EspeakSynthesizer(String executable) {
        this.executable = executable;
    }

    @Override
    public String id() {
        return "espeak-ng";
    }

    /** The espeak-ng voice for a locale. */
    static String voiceFor(Locale locale) {
        return locale.getLanguage().equals("zh") ? "cmn-latn-pinyin" : "en-us";
    }

    @Override
    public Speech synthesize(SpeechRequest request) throws VoiceException {
        int wpm = (int) Math.round(NORMAL_WPM * request.rate());
        List<String> command = List.of(executable, "-v", voiceFor(request.locale()), "-s", Integer.toString(wpm),
                "--stdout");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(request.text().getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new VoiceException("espeak-ng failed (exit " + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
            }
            return WavFiles.read(new ByteArrayInputStream(wav), "espeak-ng output");
        } catch (IOException e) {
            throw new VoiceException("cannot run espeak-ng (is the espeak-ng package installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceException("interrupted while espeak-ng was speaking", e);
        }
    }
}
