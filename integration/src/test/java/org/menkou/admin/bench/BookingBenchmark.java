package org.menkou.admin.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.Meal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.MealBooking;
import org.menkou.content.protocol.SyncJson;
import org.menkou.integration.TestKiosks;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.sync.KioskSync;

/**
 * Booking throughput (not part of ./menkou test): T client threads (default 32) over K kiosk tokens (default 60)
 * push one booking event per request as fast as the server answers, for S seconds (default 30), against one server
 * on loopback; then the kiosk's own path (outbox → syncNow → server → answer) for 200 bookings one after another.
 * Run with the command in docs/benchmarks.md.
 */
@Tag("benchmark")
class BookingBenchmark {
    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 60);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 30));

    @TempDir
    Path dir;

    @Test
    void bookingsPerSecondAndKioskRoundTrip() throws Exception {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        LocalDate day = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, day, 10_000_000);
        f.app.start("127.0.0.1", 0);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < KIOSKS; i++) {
            tokens.add(f.admin.kiosks().register("wt-station-" + (1 + i % 3), "bench-" + i, "bench").token());
        }
        URI events = URI.create("http://127.0.0.1:" + f.app.port() + KioskApiPaths.EVENTS);
        ObjectMapper json = SyncJson.strict();
        HttpClient http = HttpClient.newHttpClient();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        // Warm-up: 500 bookings.
        for (int i = 0; i < 500; i++) {
            push(http, json, events, tokens.get(i % KIOSKS), day);
        }
        Instant end = Instant.now().plus(RUN);
        CountDownLatch done = new CountDownLatch(THREADS);
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            String token = tokens.get(t % KIOSKS);
            Thread thread = new Thread(() -> {
                try {
                    while (Instant.now().isBefore(end)) {
                        long t0 = System.nanoTime();
                        if (push(http, json, events, token, day)) {
                            micros.add((System.nanoTime() - t0) / 1000);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-booker-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        int confirmed = f.admin.meals().confirmedCount(MealTesting.CANTEEN, day, Meal.LUNCH) - 500;
        System.out.printf("BENCH bookings: %d threads, %d kiosks, %.1f s: %d confirmed = %.0f bookings/s; "
                        + "latency p50 %s, p99 %s, max %s; %d failed%n", THREADS, KIOSKS, seconds, confirmed,
                confirmed / seconds, ms(micros, 0.5), ms(micros, 0.99), ms(micros, 1.0), failures.get());

        List<Long> roundTrips = kioskRoundTrips(f, tokens.get(0), day);
        System.out.printf("BENCH kiosk book() round trip (outbox, syncNow, push, answer), %d bookings: p50 %s, p99 %s, max %s%n",
                roundTrips.size(), ms(roundTrips, 0.5), ms(roundTrips, 0.99), ms(roundTrips, 1.0));
        f.app.stop();
    }

    private static boolean push(HttpClient http, ObjectMapper json, URI events, String token, LocalDate day) {
        try {
            BookingRequest r = MealTesting.request(UUID.randomUUID().toString(), day, null, false);
            KioskEvent e = new KioskEvent(UUID.randomUUID().toString(), BookingRequest.EVENT_TYPE, Instant.now(),
                    json.valueToTree(r));
            HttpRequest request = HttpRequest.newBuilder(events).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(e))))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("CONFIRMED");
        } catch (java.io.IOException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<Long> kioskRoundTrips(AdminFixture f, String token, LocalDate day) throws Exception {
        List<Long> out = new ArrayList<>();
        try (KioskSync sync = TestKiosks.startSyncing(dir.resolve("kiosk").resolve("menkou.db"), f.app.port(), token)) {
            await("the kiosk is online").atMost(Duration.ofSeconds(30)).until(sync::isOnline);
            KioskMealBookings bookings = KioskMealBookings.over(sync, Duration.ofSeconds(5));
            for (int i = 0; i < 200; i++) {
                long t0 = System.nanoTime();
                MealBooking b = bookings.book(new BookingRequest(KioskMealBookings.newBookingId(), MealTesting.CANTEEN,
                        day, Meal.LUNCH, "A", null, null, false, null));
                if (b.state() == MealBooking.State.CONFIRMED) {
                    out.add((System.nanoTime() - t0) / 1000);
                }
            }
        }
        return out;
    }

    private static String ms(List<Long> micros, double q) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "n/a";
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return String.format("%.1f ms", sorted.get(Math.max(0, i)) / 1000.0);
    }
}
