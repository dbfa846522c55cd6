package org.menkou.admin.bench.fleet;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.menkou.admin.meals.MealTesting;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;

/**
 * The admin server(s) a fleet benchmark drives: kiosks are spread over {@link #bases()} (one node, or several behind
 * which one database sits), staff log in with {@link #adminUser()} / {@link #adminPassword()}, and the servers' CPU
 * time is read from {@code /proc/PID/stat} of the known server processes. Either a node this class starts
 * ({@link #startLocal}) or servers somebody else runs ({@link #external}). The caller closes it; closing stops only
 * the process this class started.
 */
public final class ServersUnderTest implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("admin site: (http://\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("created user 'admin' with password (\\S+)");
    /** USER_HZ, the unit of /proc/PID/stat times: 100 on Linux whatever the kernel's own tick. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final List<URI> bases;
    private final String adminUser;
    private final String adminPassword;
    private final List<Long> pids;
    private final Process started;

    private ServersUnderTest(List<URI> bases, String adminUser, String adminPassword, List<Long> pids, Process started) {
        this.bases = List.copyOf(bases);
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.pids = List.copyOf(pids);
        this.started = started;
    }

    /**
     * Servers run by somebody else: base URLs, an admin (or other responder) account that needs no password change,
     * and the pids of their processes on this machine, if any, for their CPU time.
     */
    public static ServersUnderTest external(List<URI> bases, String user, String password, List<Long> pids) {
        return new ServersUnderTest(bases, user, password, pids, null);
    }

    /**
     * Seeds a data directory in {@code dir} (the demo content, and tomorrow's lunch at the demo canteen with room for
     * {@code lunchQuota} bookings), then starts one admin node on SQLite in its own JVM through the launcher
     * {@code launcher} ({@code ./menkou admin --data DIR --port 0}), with {@code javaToolOptions} (e.g. a flight
     * recording) in {@code JAVA_TOOL_OPTIONS}. Returns once the node prints its address and first admin password.
     */
    public static ServersUnderTest startLocal(Path launcher, Path dir, int lunchQuota, String javaToolOptions)
            throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        try (Database database = Database.openIn(data)) {
            ContentStore store = ContentStore.open(database);
            new DemoSeed().seedIfEmpty(store, LocalDate.now());
            MealTesting.lunch(store, LocalDate.now(MealTesting.ZONE).plusDays(1), lunchQuota);
        }
        Path out = dir.resolve("admin.out");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "admin", "--data", data.toString(), "--port", "0",
                // Simulated kiosks stop between phases; nobody needs thousands of 终端离线 alerts meanwhile.
                "--offline-seconds", "86400")
                .redirectErrorStream(true).redirectOutput(out.toFile());
        if (javaToolOptions != null && !javaToolOptions.isBlank()) {
            pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process process = pb.start();
        try {
            Matcher[] found = awaitPrinted(process, out, Duration.ofMinutes(5), ADDRESS, PASSWORD);
            return new ServersUnderTest(List.of(URI.create(found[0].group(1))), "admin", found[1].group(1),
                    List.of(process.pid()), process);
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Waits until the process has printed a match of every pattern; the matches in their order. */
    private static Matcher[] awaitPrinted(Process process, Path out, Duration timeout, Pattern... patterns)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String printed = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            Matcher[] matches = Arrays.stream(patterns).map(p -> p.matcher(printed)).toArray(Matcher[]::new);
            if (Arrays.stream(matches).allMatch(Matcher::find)) {
                return matches;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the admin node ended (exit " + process.exitValue() + "):\n" + printed);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the admin node printed no address within " + timeout);
    }

    public List<URI> bases() {
        return bases;
    }

    public String adminUser() {
        return adminUser;
    }

    /** The admin's password as first known (a one-time password for a node started here). */
    public String adminPassword() {
        return adminPassword;
    }

    /** True when this class started the node (and seeded its lunch menu for bookings). */
    public boolean local() {
        return started != null;
    }

    /** CPU time (user + system) of all known server processes so far, in ns; empty when none is known. */
    public OptionalLong cpuNanos() {
        if (pids.isEmpty()) {
            return OptionalLong.empty();
        }
        long ticks = 0;
        for (long pid : pids) {
            ticks += ticks(pid);
        }
        return OptionalLong.of(ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND));
    }

    /**
     * CPU time so far (ns) of the known server processes' threads, summed by thread name without its digits
     * ({@code admin-http-}, {@code C2 CompilerThre}, {@code GC Thread#} …; Linux keeps 15 characters of a name).
     */
    public Map<String, Long> threadCpuNanos() {
        Map<String, Long> out = new TreeMap<>();
        for (long pid : pids) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                tasks.forEach(task -> {
                    try {
                        String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+$", "");
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        out.merge(name, ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND), Long::sum);
                    } catch (IOException e) {
                        // The thread ended between listing and reading: the process no longer counts it either.
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot list the threads of process " + pid + ": " + e, e);
            }
        }
        return out;
    }

    /** utime + stime of {@code pid} in clock ticks (fields 14 and 15 of /proc/PID/stat, counted after the name). */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid + ": " + e, e);
        }
    }

    /** Parses {@code -Dbench.serverPids=1,2}. */
    public static List<Long> pids(String list) {
        List<Long> out = new ArrayList<>();
        if (list != null) {
            for (String s : list.split(",")) {
                if (!s.isBlank()) {
                    out.add(Long.parseLong(s.strip()));
                }
            }
        }
        return out;
    }

    /** Stops the node this class started (SIGTERM, then SIGKILL after 20 s); external servers stay up. */
    @Override
    public void close() {
        if (started == null) {
            return;
        }
        started.destroy();
        try {
            if (!started.waitFor(20, TimeUnit.SECONDS)) {
                started.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            started.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
