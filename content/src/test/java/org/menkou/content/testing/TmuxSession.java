package org.menkou.content.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A program running in a real tmux session on a private socket, 80×24, UTF-8: tests type with {@link #keys} and read
 * the screen with {@link #waitFor}. {@link #close} kills the session and its programs.
 */
public final class TmuxSession implements AutoCloseable {
    private final String socket = "menkou-test-" + UUID.randomUUID();

    /** Starts {@code shellCommand} (run by tmux's shell) in a new session. */
    public TmuxSession(String shellCommand) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", shellCommand);
    }

    /** Sends keys as tmux names them: "1", "Enter", "C-c", "F12". */
    public void keys(String... keys) throws IOException, InterruptedException {
        for (String key : keys) {
            tmux("send-keys", "-t", "0", key);
        }
    }

    /**
     * Types {@code text} and then Enter in one write to the terminal, as a USB scanner acting as a keyboard delivers a
     * code: one tmux command, so the program sees the characters as a single fast burst.
     */
    public void typeBurst(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "0", "-l", text + "\r");
    }

    /** The visible screen now. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "0");
    }

    /** Polls the screen until it shows {@code text} (up to {@code timeout}); returns that screen, or fails with the last one. */
    public String waitFor(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = screen();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "'; last screen:\n" + screen);
    }

    public String waitFor(String text) throws IOException, InterruptedException {
        return waitFor(text, Duration.ofSeconds(60));
    }

    @Override
    public void close() throws IOException {
        try {
            tmux("kill-server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping tmux", e);
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux did not answer: " + String.join(" ", args));
        }
        return out;
    }
}
