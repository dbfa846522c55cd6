package org.menkou.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal in a real tmux server on a private socket, 80×24, UTF-8, in which a shell command runs: journeys type
 * into it as a person (or a USB scanner) does and read its screen. Everything the program prints is also appended to
 * a log file ({@code tmux pipe-pane}), so lines printed before the kiosk takes the screen can be read later.
 * {@link #close} kills the tmux server and, with it, the shell; the caller stops what the command started.
 */
final class KioskTerminal implements AutoCloseable {
    /** How long a captured page must stay the same to count as drawn. */
    private static final Duration SETTLE = Duration.ofMillis(150);
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B[()][A-Z0-9]|\u001B[=>]|\r");

    private final String socket = "menkou-journey-" + UUID.randomUUID();
    private final Path log;

    /**
     * Starts an interactive shell with {@code environment} added to its variables, logs the pane to {@code log}, then
     * types {@code shellCommand} and Enter.
     */
    KioskTerminal(Path directory, String shellCommand, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        this.log = log;
        Files.createFile(log);
        List<String> session = new ArrayList<>(List.of("new-session", "-d", "-x", "80", "-y", "24",
                "-c", directory.toString(), "-e", "LANG=C.UTF-8"));
        environment.forEach((name, value) -> session.addAll(List.of("-e", name + "=" + value)));
        session.add("bash --norc --noprofile");
        tmux(session.toArray(String[]::new));
        tmux("pipe-pane", "-t", "0", "-o", "cat >> '" + log + "'");
        tmux("send-keys", "-t", "0", "-l", shellCommand);
        tmux("send-keys", "-t", "0", "Enter");
    }

    /** Presses keys as tmux names them: "1", "Enter", "Escape", "BSpace", "C-c", "F12". One key at a time. */
    void press(String... keys) throws IOException, InterruptedException {
        for (String key : keys) {
            tmux("send-keys", "-t", "0", key);
        }
    }

    /** Types {@code text} and Enter in one write, as a USB scanner acting as a keyboard delivers a code. */
    void scannerBurst(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "0", "-l", text + "\r");
    }

    /** The visible screen now. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "0");
    }

    /** Pid of the process in the terminal: the shell, or what it exec'd. */
    long panePid() throws IOException, InterruptedException {
        String pid = tmux("display-message", "-p", "-t", "0", "#{pane_pid}").strip();
        if (!pid.matches("\\d+")) {
            throw new IOException("tmux did not say the terminal's pid: " + pid);
        }
        return Long.parseLong(pid);
    }

    /** True while the command runs (it was started with exec, so the terminal closes when it ends). */
    boolean alive() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "-u", "-L", socket, "has-session").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Everything printed so far, terminal escape sequences removed. */
    String printed() throws IOException {
        return ESCAPES.matcher(Files.readString(log, StandardCharsets.UTF_8)).replaceAll("");
    }

    /** Polls the screen every 100 ms until it shows {@code text}; returns that screen, or fails with the last one. */
    String waitFor(String text, Duration timeout) throws IOException, InterruptedException {
        return waitUntil("'" + text + "'", s -> s.contains(text), timeout);
    }

    String waitFor(String text) throws IOException, InterruptedException {
        return waitFor(text, Duration.ofSeconds(20));
    }

    /**
     * Polls the screen every 100 ms until {@code condition} holds on a page that is fully drawn (two captures
     * {@link #SETTLE} apart agree); returns that screen, or fails with the last one.
     */
    String waitUntil(String what, Predicate<String> condition, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String screen = screen();
        while (true) {
            if (condition.test(screen)) {
                // The kiosk redraws a page in several writes; a page is taken only once two captures agree.
                Thread.sleep(SETTLE.toMillis());
                String again = screen();
                if (again.equals(screen) || Instant.now().isAfter(deadline)) {
                    return screen;
                }
                screen = again;
                continue;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("within " + timeout + " the kiosk never showed " + what + "; last screen:\n" + screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
    }

    /** Polls what was printed until it matches {@code pattern}; returns the match. */
    Matcher waitForPrinted(Pattern pattern, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Matcher m = pattern.matcher(printed());
            if (m.find()) {
                return m;
            }
            if (!alive()) {
                throw new AssertionError("the program ended before printing anything matching " + pattern + "; it printed:\n"
                        + printed());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("within " + timeout + " nothing matching " + pattern + " was printed; printed:\n"
                        + printed() + "\nscreen:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    /**
     * Waits until the screen offers a choice labelled {@code label} (a line "N  label", focused or not) and presses
     * its digit, as a resident reads the screen and presses the number in front of what they want.
     */
    void choose(String label) throws IOException, InterruptedException {
        Pattern choice = Pattern.compile("(?m)^┃\\s*(?:▶\\s*)?([1-9])\\s+" + Pattern.quote(label) + "(\\s|$)");
        String screen = waitUntil("a choice '" + label + "'", s -> choice.matcher(s).find(), Duration.ofSeconds(20));
        Matcher m = choice.matcher(screen);
        m.find();
        press(m.group(1));
    }

    /** The screen's title: its first framed line, without the page counter ("第1页，共2页"). */
    static String title(String screen) {
        return screen.lines().skip(1).findFirst().orElse("").replaceAll("^┃\\s*|\\s*┃$", "")
                .replaceAll("\\s{2,}.*$", "").strip(); // after the title: the page number and the staff status
    }

    /** Waits (up to 10 s) for a screen titled {@code title}; returns it. */
    String waitForTitle(String title) throws IOException, InterruptedException {
        return waitUntil("the screen titled '" + title + "'", s -> title(s).equals(title), Duration.ofSeconds(10));
    }

    /** The numbered choices on {@code screen}, digit to label, in screen order. */
    static java.util.Map<String, String> choices(String screen) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^┃\\s*(?:▶\\s*)?([1-9])  (\\S.*?)\\s*┃$").matcher(screen);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
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
