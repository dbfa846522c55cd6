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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.menkou.content.testing.PostgresCluster;
import org.menkou.integration.topology.NginxBalancer;

/**
 * The admin server(s) a fleet benchmark drives: kiosks are spread over {@link #bases()} (one node, or a load balancer
 * in front of several), staff log in with {@link #adminUser()} / {@link #adminPassword()}, and the servers' CPU time
 * is read from {@code /proc/PID/stat} of the known server processes and their children (PostgreSQL's backends,
 * nginx's workers). Either servers this class starts ({@link #startDistrict}, {@link #startCity}) or servers
 * somebody else runs ({@link #external}). The caller closes it; closing stops only what this class started.
 */
public final class ServersUnderTest implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("admin site: (http://\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("created user 'admin' with password (\\S+)");
    /** USER_HZ, the unit of /proc/PID/stat times: 100 on Linux whatever the kernel's own tick. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final String name;
    private final int nodes;
    private final List<URI> bases;
    private final String adminUser;
    private final String adminPassword;
    private final List<ProcessHandle> processes;
    /** What this class started, closed in reverse order; empty for external servers. */
    private final List<AutoCloseable> started;

    private ServersUnderTest(String name, int nodes, List<URI> bases, String adminUser, String adminPassword,
                             List<ProcessHandle> processes, List<AutoCloseable> started) {
        this.name = name;
        this.nodes = nodes;
        this.bases = List.copyOf(bases);
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.processes = List.copyOf(processes);
        this.started = List.copyOf(started);
    }

    /**
     * Servers run by somebody else: base URLs, an admin (or other responder) account that needs no password change,
     * and the pids of their processes on this machine, if any, for their CPU time.
     */
    public static ServersUnderTest external(List<URI> bases, String user, String password, List<Long> pids) {
        List<ProcessHandle> processes = pids.stream().map(pid -> ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalArgumentException("no process " + pid))).toList();
        return new ServersUnderTest("external", bases.size(), bases, user, password, processes, List.of());
    }

    /**
     * A district: seeds a data directory in {@code dir} (the demo content, and tomorrow's lunch at the demo canteen
     * with room for {@code lunchQuota} bookings), then starts one admin node on its SQLite file in its own JVM through
     * the launcher {@code launcher}, with {@code javaToolOptions} (e.g. a flight recording) in
     * {@code JAVA_TOOL_OPTIONS}. Returns once the node prints its address and first admin password.
     */
    public static ServersUnderTest startDistrict(Path launcher, Path dir, int lunchQuota, String javaToolOptions)
            throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        try (Database database = Database.openIn(data)) {
            seed(database, lunchQuota);
        }
        Node node = Node.start(launcher, data, null, javaToolOptions, true);
        return new ServersUnderTest("district", 1, List.of(node.address), "admin", node.password,
                List.of(node.process.toHandle()), List.of(node));
    }

    /**
     * A city on this machine: a private PostgreSQL cluster (fsync on, synchronous commit), its database seeded as for
     * {@link #startDistrict}, {@code nodes} admin nodes on it started through the launcher (the first alone, as
     * docs/deploy.md says), and nginx in front of them ({@link NginxBalancer}, plain HTTP): the kiosks and staff use
     * the balancer's one address. Server CPU counts the nodes, PostgreSQL and nginx.
     */
    public static ServersUnderTest startCity(Path launcher, Path dir, int lunchQuota, int nodes, String javaToolOptions)
            throws IOException, InterruptedException {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            PostgresCluster cluster = PostgresCluster.start();
            started.add(cluster);
            String url = cluster.newDatabase();
            try (Database database = Database.open(url, dir)) {
                seed(database, lunchQuota);
            }
            List<ProcessHandle> processes = new ArrayList<>(List.of(cluster.server()));
            List<Integer> ports = new ArrayList<>();
            String password = null;
            for (int i = 1; i <= nodes; i++) {
                Node node = Node.start(launcher, dir.resolve("node-" + i), url, javaToolOptions, i == 1);
                started.add(node);
                processes.add(node.process.toHandle());
                ports.add(node.address.getPort());
                password = i == 1 ? node.password : password;
            }
            NginxBalancer balancer = NginxBalancer.start(dir.resolve("nginx"), ports, Optional.empty());
            started.add(balancer);
            processes.add(balancer.process());
            return new ServersUnderTest("city", nodes, List.of(balancer.url()), "admin", password, processes, started);
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private static void seed(Database database, int lunchQuota) {
        ContentStore store = ContentStore.open(database);
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        MealTesting.lunch(store, LocalDate.now(MealTesting.ZONE).plusDays(1), lunchQuota);
    }

    /** One admin node started here through the launcher; closing stops it (SIGTERM, then SIGKILL after 20 s). */
    private record Node(Process process, URI address, String password) implements AutoCloseable {
        /**
         * {@code ./menkou admin --data DATA --port 0} on the database {@code dbUrl} (null: the SQLite file in
         * {@code data}); waits for its address, and for the admin's one-time password when {@code first}.
         */
        static Node start(Path launcher, Path data, String dbUrl, String javaToolOptions, boolean first)
                throws IOException, InterruptedException {
            Files.createDirectories(data);
            Path out = data.resolve("admin.out");
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "admin", "--data", data.toString(), "--port",
                    "0",
                    // Simulated kiosks stop between phases; nobody needs thousands of 终端离线 alerts meanwhile.
                    "--offline-seconds", "86400")
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            if (dbUrl != null) {
                pb.environment().put("MENKOU_DB", dbUrl);
            }
            if (javaToolOptions != null && !javaToolOptions.isBlank()) {
                pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
            }
            Process process = pb.start();
            try {
                Pattern[] expected = first ? new Pattern[] {ADDRESS, PASSWORD} : new Pattern[] {ADDRESS};
                Matcher[] found = awaitPrinted(process, out, Duration.ofMinutes(5), expected);
                return new Node(process, URI.create(found[0].group(1)), first ? found[1].group(1) : null);
            } catch (IOException | RuntimeException | InterruptedException e) {
                process.destroyForcibly();
                throw e;
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
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

    /** "district", "city" or "external". */
    public String name() {
        return name;
    }

    /** How many admin nodes serve the kiosks (behind one balancer, or each a base URL). */
    public int nodes() {
        return nodes;
    }

    /** True when this class started the servers (and seeded their lunch menu for bookings). */
    public boolean local() {
        return !started.isEmpty();
    }

    /** The known server processes and their children running now (a child that ended took its CPU time along). */
    private List<Long> pids() {
        return processes.stream().flatMap(p -> Stream.concat(Stream.of(p), p.children())).map(ProcessHandle::pid)
                .distinct().toList();
    }

    /** CPU time (user + system) of all known server processes so far, in ns; empty when none is known. */
    public OptionalLong cpuNanos() {
        if (processes.isEmpty()) {
            return OptionalLong.empty();
        }
        long ticks = 0;
        for (long pid : pids()) {
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
        for (long pid : pids()) {
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
                // The process ended after it was listed (a PostgreSQL backend closed by its pool).
            }
        }
        return out;
    }

    /**
     * utime + stime of {@code pid} in clock ticks (fields 14 and 15 of /proc/PID/stat, counted after the name); 0 when
     * the process ended after it was listed.
     */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            return 0;
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

    /** Stops what this class started, last started first; external servers stay up. */
    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
        List<AutoCloseable> lastFirst = new ArrayList<>(started);
        Collections.reverse(lastFirst);
        for (AutoCloseable c : lastFirst) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("BENCH could not stop " + c + ": " + e);
            }
        }
    }
}
