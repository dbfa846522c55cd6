package org.menkou.admin.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.bench.fleet.AdminSite;
import org.menkou.admin.bench.fleet.AlarmPresses;
import org.menkou.admin.bench.fleet.BookingBurst;
import org.menkou.admin.bench.fleet.FleetResult;
import org.menkou.admin.bench.fleet.KioskFleet;
import org.menkou.admin.bench.fleet.NoticeEdits;
import org.menkou.admin.bench.fleet.Provisioning;
import org.menkou.admin.bench.fleet.Samples;
import org.menkou.admin.bench.fleet.ServersUnderTest;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskIdentity;
import org.menkou.content.protocol.SyncJson;

/**
 * A kiosk fleet against the admin server (not part of ./menkou test; command and knobs in docs/benchmarks.md).
 * Side by side in one run, {@code -Dbench.repeats} times each, alternating: the setups of {@code -Dbench.setups}
 * ({@code district}: one node on SQLite; {@code city}: {@code -Dbench.cityNodes} nodes on a private PostgreSQL
 * cluster behind nginx), each started here through the launcher so that their CPU time is their processes' own;
 * or, with {@code -Dbench.servers=URL,URL}, servers run elsewhere (with {@code -Dbench.adminUser},
 * {@code -Dbench.adminPassword}, optionally {@code -Dbench.serverPids} for their CPU time). Kiosks are registered
 * on the admin site's fleet page. Phases: N kiosks (heartbeat + delta pull every interval, one notice edit per
 * second on the admin site) with alarm presses measured to the board meanwhile; a booking burst over that load; then
 * a search for the largest fleet whose requests keep p99 within the target. Every number is printed on a line
 * starting with {@code BENCH}, and at the end each setup's medians and the ratios between the setups.
 */
@Tag("benchmark")
class FleetBenchmark {
    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 5_000);
    private static final Duration INTERVAL = Duration.ofSeconds(Long.getLong("bench.interval", 30));
    private static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.seconds", 90));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 60));
    private static final int PRESSES = Integer.getInteger("bench.presses", 100);
    private static final int BOOKING_THREADS = Integer.getInteger("bench.bookingThreads", 16);
    private static final Duration BOOKING_BURST = Duration.ofSeconds(Long.getLong("bench.bookingSeconds", 10));
    private static final String SEARCH = System.getProperty("bench.search", "1000,2000,5000,8000,12000,16000,20000,25000");
    private static final Duration STEP = Duration.ofSeconds(Long.getLong("bench.stepSeconds", 40));
    private static final double TARGET_P99_MS = Double.parseDouble(System.getProperty("bench.p99ms", "100"));
    private static final List<String> SETUPS = Arrays.stream(System.getProperty("bench.setups", "district,city")
            .split(",")).map(String::strip).toList();
    private static final int REPEATS = Integer.getInteger("bench.repeats", 1);
    private static final int CITY_NODES = Integer.getInteger("bench.cityNodes", 2);
    private static final Path LAUNCHER = Path.of("..").toAbsolutePath().normalize().resolve("menkou");
    private static final String STATION = "wt-station-1";
    private static final String NEW_PASSWORD = "fleet-bench-password-2026";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.HOURS) // every setup and round, up to 8 minutes each
    void fleetAgainstServers() throws Exception {
        String urls = System.getProperty("bench.servers", "");
        if (!urls.isBlank()) {
            List<URI> bases = Arrays.stream(urls.split(",")).map(String::strip).map(URI::create).toList();
            try (ServersUnderTest servers = ServersUnderTest.external(bases, System.getProperty("bench.adminUser",
                    "admin"), System.getProperty("bench.adminPassword"),
                    ServersUnderTest.pids(System.getProperty("bench.serverPids")))) {
                run(servers);
            }
            return;
        }
        Map<String, List<FleetResult>> results = new LinkedHashMap<>();
        for (int round = 1; round <= REPEATS; round++) {
            for (String setup : SETUPS) {
                Path runDir = Files.createDirectories(dir.resolve(setup + "-" + round));
                try (ServersUnderTest servers = start(setup, runDir)) {
                    System.out.printf("%nBENCH run setup=%s round=%d of %d%n", servers.name(), round, REPEATS);
                    results.computeIfAbsent(servers.name(), k -> new ArrayList<>()).add(run(servers));
                }
            }
        }
        FleetResult.printMedians(results);
    }

    private static ServersUnderTest start(String setup, Path runDir) throws Exception {
        String jvm = System.getProperty("bench.serverJvm");
        return switch (setup) {
            case "district" -> ServersUnderTest.startDistrict(LAUNCHER, runDir, 10_000_000, jvm);
            case "city" -> ServersUnderTest.startCity(LAUNCHER, runDir, 10_000_000, CITY_NODES, jvm);
            default -> throw new IllegalArgumentException("bench.setups: district or city, not " + setup);
        };
    }

    /** All phases against {@code servers}; the numbers of the run. */
    private FleetResult run(ServersUnderTest servers) throws Exception {
        List<URI> bases = servers.bases();
        AdminSite admin = new AdminSite(bases.get(0));
        String password = admin.logIn(servers.adminUser(), servers.adminPassword(), NEW_PASSWORD);
        List<Integer> steps = steps();
        int needed = Math.max(KIOSKS, steps.isEmpty() ? 0 : Collections.max(steps)) + 1;
        System.out.printf("%nBENCH setup %s servers=%s cores=%d load=%s%n", servers.name(), bases,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        long t0 = System.nanoTime();
        List<String> tokens = Provisioning.register(bases.get(0), servers.adminUser(), password, STATION, needed);
        System.out.printf("BENCH provisioning: %d kiosks registered on the fleet page in %.1f s%n", needed,
                (System.nanoTime() - t0) / 1e9);
        String presser = tokens.get(0);
        List<String> fleetTokens = tokens.subList(1, tokens.size());
        AdminSite editor = new AdminSite(bases.get(0));
        editor.logIn(servers.adminUser(), password, NEW_PASSWORD);
        try (KioskFleet fleet = new KioskFleet(bases, fleetTokens, INTERVAL);
             NoticeEdits edits = new NoticeEdits(editor)) {
            fleet.start(KIOSKS, version(bases.get(0), presser));
            Thread.sleep(WARMUP.toMillis());
            drain(fleet);
            MainWindow main = mainWindow(servers, admin, fleet, presser, edits);
            BookingBurst.Result bookings = burst(servers, fleet, fleetTokens);
            fleet.stop();
            int largest = search(servers, fleet, steps, presser);
            System.out.printf("BENCH notice edits on the admin site: %d saved, %d refused (one a second, all"
                    + " phases)%n", edits.saved(), edits.refused());
            Meter.Window w = main.fleet();
            return new FleetResult(w.requests().ms(50), w.requests().ms(99), w.requests().failures(), w.perSecond(),
                    w.serverCorePercent(), w.serverMsPerRequest(), main.presses().ms(50), main.presses().ms(99),
                    main.coldPresses().ms(100),
                    bookings == null ? Double.NaN : bookings.perSecond(),
                    bookings == null ? Double.NaN : bookings.latency().ms(99), largest);
        }
    }

    /** The fleet's window and the alarm presses measured in it: each node's first, then the others. */
    private record MainWindow(Meter.Window fleet, Samples.Summary coldPresses, Samples.Summary presses) {
    }

    /** N kiosks for the window, with a notice edit per second and alarm presses measured to the board. */
    private MainWindow mainWindow(ServersUnderTest servers, AdminSite admin, KioskFleet fleet, String presser,
                                  NoticeEdits edits) throws Exception {
        int editsBefore = edits.saved();
        Meter meter = Meter.start(servers);
        Samples.Summary presses;
        Samples.Summary cold;
        URI last = servers.bases().get(servers.bases().size() - 1);
        try (AlarmPresses board = new AlarmPresses(servers.bases().get(0), admin.sessionCookie(), last, presser,
                STATION)) {
            Duration gap = Duration.ofMillis(Math.max(0, WINDOW.toMillis() / 2 / Math.max(1, PRESSES)));
            // Each node's first alarm runs its alarm code for the first time (class loading, interpreter): apart.
            cold = board.press(servers.nodes(), gap);
            presses = board.press(PRESSES, gap);
        }
        Thread.sleep(Math.max(0, WINDOW.toMillis() - meter.elapsedMillis()));
        Samples.Summary beats = fleet.heartbeats().drain();
        Samples.Summary pulls = fleet.pulls().drain();
        int edited = edits.saved() - editsBefore;
        Meter.Window window = meter.report("fleet", KIOSKS, beats, pulls, edited + cold.count() + presses.count());
        System.out.printf("BENCH fleet kiosks=%d edits=%d (one a second on the admin site)%n", KIOSKS, edited);
        System.out.printf("BENCH press->board first press per node (cold code) kiosks=%d presses=%d %s%n", KIOSKS,
                servers.nodes(), cold.line());
        System.out.printf("BENCH press->board kiosks=%d presses=%d %s%n", KIOSKS, PRESSES, presses.line());
        return new MainWindow(window, cold, presses);
    }

    /**
     * A booking burst while the fleet keeps running; the fleet's latency during the burst is shown too. Null when
     * skipped (external servers).
     */
    private BookingBurst.Result burst(ServersUnderTest servers, KioskFleet fleet, List<String> tokens)
            throws InterruptedException {
        if (!servers.local() && !Boolean.getBoolean("bench.bookings")) {
            System.out.println("BENCH bookings: skipped (external servers; -Dbench.bookings=true when tomorrow's"
                    + " lunch at wt-canteen has room)");
            return null;
        }
        drain(fleet);
        Meter meter = Meter.start(servers);
        BookingBurst.Result r = BookingBurst.run(servers.bases(), tokens, BOOKING_THREADS, BOOKING_BURST);
        Samples.Summary beats = fleet.heartbeats().drain();
        Samples.Summary pulls = fleet.pulls().drain();
        System.out.printf("BENCH bookings threads=%d burst=%ds: %.0f bookings/s, %s%n", BOOKING_THREADS,
                BOOKING_BURST.toSeconds(), r.perSecond(), r.latency().line());
        meter.report("during-burst", KIOSKS, beats, pulls, r.latency().count());
        return r;
    }

    /** Each step's fleet for a short window; the largest whose p99 is within the target and nothing failed. */
    private int search(ServersUnderTest servers, KioskFleet fleet, List<Integer> steps, String token)
            throws Exception {
        int largest = 0;
        for (int n : steps) {
            fleet.start(n, version(servers.bases().get(0), token));
            Thread.sleep(Math.min(10_000, INTERVAL.toMillis() / 3));
            drain(fleet);
            Meter meter = Meter.start(servers);
            Thread.sleep(STEP.toMillis());
            Samples.Summary beats = fleet.heartbeats().drain();
            Samples.Summary pulls = fleet.pulls().drain();
            meter.report("search", n, beats, pulls, 0);
            fleet.stop();
            Samples.Summary all = beats.plus(pulls);
            boolean ok = all.ms(99) <= TARGET_P99_MS && all.failures() <= all.count() / 1000;
            System.out.printf("BENCH search kiosks=%d %s%n", n, ok ? "within target" : "OVER target");
            if (!ok) {
                break;
            }
            largest = n;
        }
        if (!steps.isEmpty()) {
            System.out.printf("BENCH search largest kiosks with p99 <= %.0f ms: %d (steps %s, %d s each)%n",
                    TARGET_P99_MS, largest, steps, STEP.toSeconds());
        }
        return largest;
    }

    private static void drain(KioskFleet fleet) {
        fleet.heartbeats().drain();
        fleet.pulls().drain();
    }

    private static List<Integer> steps() {
        List<Integer> out = new ArrayList<>();
        for (String s : SEARCH.split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.strip()));
            }
        }
        return out;
    }

    /** The content version a kiosk gets from {@code GET /me}: simulated kiosks start as if synced up to it. */
    private static long version(URI base, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve(KioskApiPaths.ME.substring(1))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return SyncJson.lenient().readValue(r.body(), KioskIdentity.class).contentVersion();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    /** CPU of the servers and of this JVM (the simulated clients) over a window, and the load average around it. */
    /** The server's request threads (Jetty's pool, named in admin-web's RequestLimits), as /proc names them. */
    private static final String REQUEST_THREADS = "admin-http-";

    private record Meter(ServersUnderTest servers, long startNanos, OptionalLong serverCpu, Map<String, Long> threads,
                         long clientCpu, String load) {
        static Meter start(ServersUnderTest servers) {
            return new Meter(servers, System.nanoTime(), servers.cpuNanos(), servers.threadCpuNanos(), processCpu(),
                    loadAverage());
        }

        long elapsedMillis() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        /** A window's kiosk requests: latency, rate, failures, and the servers' CPU (NaN when unknown). */
        record Window(Samples.Summary requests, double perSecond, double serverCorePercent, double serverMsPerRequest) {
        }

        /** Prints latency, rate and CPU of a window in which {@code other} requests besides the kiosks' were sent. */
        Window report(String phase, int kiosks, Samples.Summary beats, Samples.Summary pulls, int other) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            Samples.Summary all = beats.plus(pulls);
            int requests = all.count() + all.failures();
            OptionalLong cpuNow = servers.cpuNanos();
            String server = "n/a";
            double corePercent = Double.NaN;
            double msPerRequest = Double.NaN;
            if (serverCpu.isPresent() && cpuNow.isPresent()) {
                long cpu = cpuNow.getAsLong() - serverCpu.getAsLong();
                corePercent = 100.0 * cpu / (seconds * 1e9);
                msPerRequest = cpu / 1e6 / Math.max(1, requests + other);
                long http = servers.threadCpuNanos().getOrDefault(REQUEST_THREADS, 0L)
                        - threads.getOrDefault(REQUEST_THREADS, 0L);
                server = String.format("%.1f%% of one core, %.3f ms per request; request threads %.1f%%, %.3f ms per"
                        + " request", corePercent, msPerRequest,
                        100.0 * http / (seconds * 1e9), http / 1e6 / Math.max(1, requests + other));
            }
            System.out.printf("BENCH %s kiosks=%d window=%.0fs requests=%d (%.1f/s) all %s%n", phase, kiosks, seconds,
                    requests, requests / seconds, all.line());
            System.out.printf("BENCH %s kiosks=%d heartbeat %s; content %s%n", phase, kiosks, beats.line(), pulls.line());
            System.out.printf("BENCH %s kiosks=%d server CPU %s; client JVM CPU %.1f%% of one core; load %s -> %s%n",
                    phase, kiosks, server, 100.0 * (processCpu() - clientCpu) / (seconds * 1e9), load, loadAverage());
            System.out.printf("BENCH %s kiosks=%d server threads (%% of one core): %s%n", phase, kiosks,
                    threadShares(seconds));
            return new Window(all, requests / seconds, corePercent, msPerRequest);
        }

        /** The server's thread groups that used the most CPU in the window, largest first. */
        private String threadShares(double seconds) {
            Map<String, Long> now = servers.threadCpuNanos();
            return now.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - threads.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .map(e -> String.format("%s %.1f", e.getKey(), 100.0 * e.getValue() / (seconds * 1e9)))
                    .collect(Collectors.joining(", "));
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
