package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The checkout under test and the commands a person runs in a shell: its launcher {@code ../menkou} (found from this
 * module's directory, where Maven runs the journeys) and OS tools. Every command runs to its end here; long-running
 * programs are started by {@link DemoRun} in tmux instead.
 */
final class Checkout {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path LAUNCHER = ROOT.resolve("menkou");

    private Checkout() {
    }

    /** Runs {@code ./menkou args…} in {@code dir}; returns what it printed (stdout and stderr), failing on a non-zero exit. */
    static String menkou(Path dir, Duration timeout, String... args) throws IOException, InterruptedException {
        return menkou(dir, timeout, Map.of(), args);
    }

    /** {@link #menkou(Path, Duration, String...)} with {@code environment} added to the launcher's variables. */
    static String menkou(Path dir, Duration timeout, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        assertThat(LAUNCHER).as("the launcher of the checkout").isExecutable();
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(dir, timeout, environment, command);
    }

    /** Runs an OS tool in {@code dir}; returns its output (stdout and stderr), failing on a non-zero exit. */
    static String run(Path dir, Duration timeout, List<String> command) throws IOException, InterruptedException {
        return run(dir, timeout, Map.of(), command);
    }

    private static String run(Path dir, Duration timeout, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "command-", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(String.join(" ", command) + " did not end within " + timeout);
            }
        } finally {
            process.destroyForcibly();
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertThat(process.exitValue()).as("exit status of %s; it printed:%n%s", String.join(" ", command), printed)
                .isZero();
        return printed;
    }

    /** Pids of processes whose command line contains {@code fragment} ({@code pgrep -f}); empty when none. */
    static List<Long> pids(String fragment) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pgrep", "-f", "--", fragment).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        long self = ProcessHandle.current().pid();
        return out.lines().map(String::strip).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                .filter(pid -> pid != self).filter(pid -> ProcessHandle.of(pid).isPresent())
                .filter(pid -> !isPgrep(pid)).toList();
    }

    private static boolean isPgrep(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(c -> c.endsWith("pgrep")).orElse(false);
    }

    /** Sends {@code signal} (e.g. "STOP", "CONT", "KILL") to one process with {@code kill}. */
    static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        p.waitFor(10, TimeUnit.SECONDS);
    }
}
