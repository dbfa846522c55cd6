package org.menkou.admin.bench.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.menkou.admin.meals.MealTesting;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;

/**
 * A burst of walk-in lunch bookings for tomorrow at the demo canteen: {@code threads} clients, each with its own
 * kiosk token, push one booking event per request as fast as the servers answer, for a while. A booking counts when
 * the answer confirms it; any other answer is a failure.
 */
public final class BookingBurst {
    /** Confirmed bookings per second and the latency of confirmed ones. */
    public record Result(double perSecond, Samples.Summary latency) {
    }

    private BookingBurst() {
    }

    public static Result run(List<URI> bases, List<String> tokens, int threads, Duration length)
            throws InterruptedException {
        ObjectMapper json = SyncJson.strict();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        LocalDate day = LocalDate.now(MealTesting.ZONE).plusDays(1);
        Samples samples = new Samples();
        AtomicInteger confirmed = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            String token = tokens.get(t % tokens.size());
            URI events = bases.get(t % bases.size()).resolve(KioskApiPaths.EVENTS.substring(1));
            Thread w = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (book(http, json, events, token, day)) {
                        samples.add((System.nanoTime() - t0) / 1000);
                        confirmed.incrementAndGet();
                    } else {
                        samples.fail();
                    }
                }
            }, "bench-booker-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(confirmed.get() / seconds, samples.drain());
    }

    private static boolean book(HttpClient http, ObjectMapper json, URI events, String token, LocalDate day) {
        try {
            BookingRequest r = MealTesting.request(UUID.randomUUID().toString(), day, null, false);
            KioskEvent e = new KioskEvent(UUID.randomUUID().toString(), BookingRequest.EVENT_TYPE, Instant.now(),
                    json.valueToTree(r));
            HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
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
}
