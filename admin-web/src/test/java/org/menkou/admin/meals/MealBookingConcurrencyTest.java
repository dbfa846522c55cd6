package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;

/**
 * "Never overbooked": 300 booking events from 30 kiosks at once over real HTTP for a quota of 150, then every one
 * sent again (a retry after a lost answer) in a shuffled order.
 */
@Tag("integration")
class MealBookingConcurrencyTest {
    private static final int KIOSKS = 30;
    private static final int REQUESTS = 300;
    private static final int QUOTA = 150;

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.strict();
    private final HttpClient http = HttpClient.newHttpClient();

    private record Sent(String token, KioskEvent event) {
    }

    @Test
    void threeHundredConcurrentBookingsForAQuotaOf150ConfirmExactly150AndRetriesCreateNothing() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, tomorrow, QUOTA);
        f.app.start("127.0.0.1", 0);
        ExecutorService pool = Executors.newFixedThreadPool(48);
        try {
            List<String> tokens = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                tokens.add(f.admin.kiosks().register("wt-station-" + (1 + k % 3), "kiosk " + k, "boss").token());
            }
            List<Sent> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                BookingRequest r = MealTesting.request(UUID.randomUUID().toString(), tomorrow, null, false);
                sent.add(new Sent(tokens.get(i % KIOSKS), new KioskEvent(UUID.randomUUID().toString(),
                        BookingRequest.EVENT_TYPE, Instant.now(), json.valueToTree(r))));
            }
            URI events = URI.create("http://127.0.0.1:" + f.app.port() + KioskApiPaths.EVENTS);

            Map<String, BookingOutcome> first = pushAll(pool, events, sent);
            List<BookingOutcome> confirmed = first.values().stream()
                    .filter(o -> o.status() == BookingOutcome.Status.CONFIRMED).toList();
            assertThat(confirmed).hasSize(QUOTA);
            assertThat(confirmed.stream().map(BookingOutcome::number).collect(Collectors.toSet()))
                    .as("numbers 1..150, each once").hasSize(QUOTA).allMatch(n -> n >= 1 && n <= QUOTA);
            assertThat(first.values()).filteredOn(o -> o.status() == BookingOutcome.Status.REFUSED)
                    .hasSize(REQUESTS - QUOTA).allMatch(o -> o.reason().contains("名额已经满"));

            List<Sent> retries = new ArrayList<>(sent);
            Collections.shuffle(retries);
            Map<String, BookingOutcome> second = pushAll(pool, events, retries);
            assertThat(second).as("a retry gets the first answer").isEqualTo(first);
            int rows = f.admin.events().count(BookingRequest.EVENT_TYPE);
            assertThat(rows).isEqualTo(REQUESTS);
            assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, org.menkou.content.Meal.LUNCH))
                    .isEqualTo(QUOTA);
        } finally {
            pool.shutdownNow();
            f.app.stop();
        }
    }

    /** Pushes each event alone, all at once; returns the outcome per booking id. */
    private Map<String, BookingOutcome> pushAll(ExecutorService pool, URI events, List<Sent> sent) throws Exception {
        List<Future<BookingOutcome>> futures = new ArrayList<>();
        for (Sent s : sent) {
            Callable<BookingOutcome> push = () -> {
                HttpRequest request = HttpRequest.newBuilder(events)
                        .header("Authorization", "Bearer " + s.token()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(s.event())))))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode result = json.readTree(response.body()).path("receipts").get(0).path("result");
                return json.treeToValue(result, BookingOutcome.class);
            };
            futures.add(pool.submit(push));
        }
        Map<String, BookingOutcome> out = new HashMap<>();
        for (Future<BookingOutcome> fu : futures) {
            BookingOutcome o = fu.get();
            out.put(o.bookingId(), o);
        }
        return out;
    }
}
