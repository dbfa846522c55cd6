package org.menkou.voice.espeak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.VoiceException;

/** The timeout bounds the whole synthesis, reading the output included; a hung espeak-ng is killed. */
class EspeakTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void aHungEspeakThatStartedWritingIsKilledAtTheTimeout() throws Exception {
        Path pidFile = dir.resolve("pid");
        // Reads its input, writes the start of a WAV header, then hangs with standard output still open.
        Path hung = script("hung-espeak", "echo $$ > '" + pidFile + "'\ncat > /dev/null\nprintf RIFF\nexec sleep 600\n");
        EspeakSynthesizer espeak = new EspeakSynthesizer(hung.toString(), Duration.ofSeconds(1));

        assertTimeoutPreemptively(Duration.ofSeconds(15), () ->
                assertThatThrownBy(() -> espeak.synthesize(new SpeechRequest("你好", Locale.CHINA, 1.0, 1.0)))
                        .isInstanceOf(VoiceException.class).hasMessageContaining("timeout"));
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            // Waits for the exit with a deadline; a process still running after it fails the test.
            assertThat(process.get().onExit()).succeedsWithin(Duration.ofSeconds(10));
        }
    }

    @Test
    void anEspeakThatFailsGivesItsExitCode() throws Exception {
        Path failing = script("failing-espeak", "cat > /dev/null\nexit 3\n");
        assertThatThrownBy(() -> new EspeakSynthesizer(failing.toString(), Duration.ofSeconds(10))
                .synthesize(new SpeechRequest("hello", Locale.ENGLISH, 1.0, 1.0)))
                .isInstanceOf(VoiceException.class).hasMessageContaining("exit 3");
    }

    private Path script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
