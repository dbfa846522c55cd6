package org.menkou.admin.bench.fleet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.menkou.content.protocol.KioskApiPaths;

/**
 * Simulated kiosks on a few threads: every {@code interval} each kiosk pushes a heartbeat ({@code POST /events}) and
 * then pulls its content delta ({@code GET /content?since=N}), as the kiosk's sync round does; kiosk {@code i} starts
 * at {@code interval * i / n}, so the rounds are spread evenly. A kiosk starts no round while its last one is still
 * waiting (like a real kiosk, whose sync loop is one thread); such a skipped round counts as a failure. Kiosk
 * {@code i} uses token {@code i} and server {@code i % bases}. The JDK HttpClient's async API carries all requests on
 * {@value #CLIENTS} clients (their connections are kept alive and shared by many kiosks) and two I/O threads.
 * Latency is measured per request, from send to the whole answer, on the client. Thread-safe; close it.
 */
public final class KioskFleet implements AutoCloseable {
    static final int CLIENTS = 8;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] VERSION_FIELD = "\"version\":".getBytes(StandardCharsets.US_ASCII);

    private final List<URI> bases;
    private final List<String> tokens;
    private final Duration interval;
    private final ExecutorService io = Executors.newFixedThreadPool(2, daemon("fleet-io"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("fleet-clock"));
    private final HttpClient[] clients = new HttpClient[CLIENTS];
    private final Samples heartbeats = new Samples();
    private final Samples pulls = new Samples();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<ScheduledFuture<?>> rounds = new ArrayList<>();
    private AtomicIntegerArray busy = new AtomicIntegerArray(0);
    private AtomicLongArray versions = new AtomicLongArray(0);

    /** @param tokens one kiosk token per simulated kiosk, at least as many as the largest fleet started */
    public KioskFleet(List<URI> bases, List<String> tokens, Duration interval) {
        this.bases = List.copyOf(bases);
        this.tokens = tokens;
        this.interval = interval;
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }
    }

    /** Starts kiosks 0 to {@code n - 1}, each holding content {@code version}; stop the last fleet first. */
    public synchronized void start(int n, long version) {
        if (n > tokens.size()) {
            throw new IllegalArgumentException(n + " kiosks but only " + tokens.size() + " tokens");
        }
        busy = new AtomicIntegerArray(n);
        versions = new AtomicLongArray(n);
        for (int i = 0; i < n; i++) {
            versions.set(i, version);
            int kiosk = i;
            rounds.add(scheduler.scheduleAtFixedRate(() -> round(kiosk), interval.toMillis() * i / n,
                    interval.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** Stops starting rounds and waits (up to 15 s) for those under way. */
    public synchronized void stop() throws InterruptedException {
        rounds.forEach(r -> r.cancel(false));
        rounds.clear();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Heartbeat pushes answered since the last drain. */
    public Samples heartbeats() {
        return heartbeats;
    }

    /** Content pulls answered since the last drain. */
    public Samples pulls() {
        return pulls;
    }

    private void round(int kiosk) {
        AtomicIntegerArray waiting = busy;
        AtomicLongArray held = versions;
        if (!waiting.compareAndSet(kiosk, 0, 1)) {
            heartbeats.fail();
            return;
        }
        inFlight.incrementAndGet();
        HttpClient client = clients[kiosk % CLIENTS];
        URI base = bases.get(kiosk % bases.size());
        long t0 = System.nanoTime();
        client.sendAsync(heartbeat(base, kiosk, held.get(kiosk)), HttpResponse.BodyHandlers.discarding())
                .whenComplete((r, e) -> {
                    record(heartbeats, t0, r != null && r.statusCode() == 200);
                    long t1 = System.nanoTime();
                    client.sendAsync(pull(base, kiosk, held.get(kiosk)), HttpResponse.BodyHandlers.ofByteArray())
                            .whenComplete((p, f) -> {
                                long version = p != null && p.statusCode() == 200 ? version(p.body()) : -1;
                                record(pulls, t1, version >= 0);
                                if (version >= 0) {
                                    held.set(kiosk, version);
                                }
                                waiting.set(kiosk, 0);
                                inFlight.decrementAndGet();
                            });
                });
    }

    private static void record(Samples samples, long startNanos, boolean ok) {
        if (ok) {
            samples.add((System.nanoTime() - startNanos) / 1000);
        } else {
            samples.fail();
        }
    }

    private HttpRequest heartbeat(URI base, int kiosk, long version) {
        String body = "{\"events\":[{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"heartbeat\",\"at\":\""
                + Instant.now() + "\",\"payload\":{\"contentVersion\":" + version
                + ",\"appVersion\":\"bench\",\"voiceModelInstalled\":false,\"voiceStatus\":\"none\"}}]}";
        return request(base, KioskApiPaths.EVENTS, kiosk).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest pull(URI base, int kiosk, long version) {
        return request(base, KioskApiPaths.content(version, 500), kiosk).GET().build();
    }

    private HttpRequest.Builder request(URI base, String path, int kiosk) {
        return HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.get(kiosk)).header("Accept", "application/json");
    }

    /** The page's {@code version} (the first such field of a content page), or -1 when there is none. */
    static long version(byte[] page) {
        outer:
        for (int i = 0; i + VERSION_FIELD.length < page.length; i++) {
            for (int j = 0; j < VERSION_FIELD.length; j++) {
                if (page[i + j] != VERSION_FIELD[j]) {
                    continue outer;
                }
            }
            long v = 0;
            int k = i + VERSION_FIELD.length;
            boolean digits = false;
            while (k < page.length && page[k] >= '0' && page[k] <= '9') {
                v = v * 10 + (page[k++] - '0');
                digits = true;
            }
            return digits ? v : -1;
        }
        return -1;
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduler.shutdownNow();
            io.shutdownNow();
        }
    }
}
