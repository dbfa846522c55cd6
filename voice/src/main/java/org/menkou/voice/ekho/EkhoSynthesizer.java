package org.menkou.voice.ekho;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.WavFiles;

/**
 * ekho (better Mandarin than espeak-ng) as a process, used when {@code ekho} is on the PATH. It writes a WAV file
 * that is read back and deleted. Thread-safe (one process and one temporary file per call).
 */
public final class EkhoSynthesizer implements SpeechSynthesizer {
    private static final long TIMEOUT_SECONDS = 30;
    private final Path executable;

    private EkhoSynthesizer(Path executable) {
        this.executable = executable;
    }

    /** The synthesizer if an executable {@code ekho} is found on {@code path} (a PATH value), else empty. */
    public static Optional<SpeechSynthesizer> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "ekho");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new EkhoSynthesizer(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public String id() {
        return "ekho";
    }

    @Override
    public Speech synthesize(SpeechRequest request) throws VoiceException {
        int speedPercent = (int) Math.round((request.rate() - 1.0) * 100);
        Path out = null;
        try {
            out = Files.createTempFile("menkou-ekho", ".wav");
            Process process = new ProcessBuilder(List.of(executable.toString(), "-v", "Mandarin", "-s",
                    Integer.toString(speedPercent), "-t", "wav", "-o", out.toString(), request.text()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new VoiceException("ekho failed on: " + request.text());
            }
            return WavFiles.read(out);
        } catch (IOException e) {
            throw new VoiceException("cannot run ekho: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceException("interrupted while ekho was speaking", e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
