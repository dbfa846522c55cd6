package org.menkou.integration.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.content.Meal;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.testing.PostgresCluster;

/**
 * The booking rules across two admin nodes on one PostgreSQL: 300 bookings from 30 kiosks at once for a quota of
 * 150, spread over both nodes, confirm exactly 150 numbered 1–150; with one node SIGKILLed mid-storm, the kiosks
 * resend what got no answer to the other node (same event ids) and nothing confirmed is lost or doubled.
 */
@Tag("integration")
class CityStormIT {
    private static final int KIOSKS = 30;
    private static final int REQUESTS = 300;
    private static final int QUOTA = 150;
    private final ObjectMapper json = SyncJson.strict();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    private record Sent(String token, KioskEvent event) {
    }

    @Test
    void overbookingStormOverTwoNodesConfirmsExactlyTheQuota() throws Exception {
        storm(false);
    }

    @Test
    void aNodeKilledMidStormLosesAndDoublesNothing() throws Exception {
        storm(true);
    }

    private void storm(boolean killOne) throws Exception {
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        try (CityDatabase city = CityDatabase.on(PostgresCluster.shared(), dir.resolve("setup"))) {
            MealTesting.lunch(city.store, tomorrow, QUOTA);
            List<Sent> sent = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                String token = city.kioskToken("wt-station-" + (1 + k % 3), "kiosk " + k);
                for (int i = k; i < REQUESTS; i += KIOSKS) {
                    BookingRequest r = MealTesting.request(UUID.randomUUID().toString(), tomorrow, null, false);
                    sent.add(new Sent(token, new KioskEvent(UUID.randomUUID().toString(), BookingRequest.EVENT_TYPE,
                            Instant.now(), json.valueToTree(r))));
                }
            }
            try (AdminNode a = AdminNode.start("node-a", dir.resolve("a"), city.url);
                 AdminNode b = AdminNode.start("node-b", dir.resolve("b"), city.url)) {
                Map<String, BookingOutcome> answers = pushAll(sent, List.of(a, b), killOne ? a : null);
                List<BookingOutcome> confirmed = answers.values().stream()
                        .filter(o -> o.status() == BookingOutcome.Status.CONFIRMED).toList();
                assertThat(answers).as("every booking got an answer").hasSize(REQUESTS);
                assertThat(confirmed).hasSize(QUOTA);
                assertThat(confirmed.stream().map(BookingOutcome::number).collect(Collectors.toSet()))
                        .as("numbers 1..150, each once").hasSize(QUOTA).allMatch(n -> n >= 1 && n <= QUOTA);
                assertThat(city.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, Meal.LUNCH)).isEqualTo(QUOTA);
                assertThat(city.admin.events().count(BookingRequest.EVENT_TYPE)).as("each event stored once")
                        .isEqualTo(REQUESTS);
                for (BookingOutcome o : confirmed) {
                    assertThat(numberStored(city.database, o.bookingId())).as(o.bookingId()).isEqualTo(o.number());
                }
            }
        }
    }

    /**
     * Sends each event alone, all at once, request i to node i mod 2; a request that gets no answer (connection
     * refused or cut) goes to the next node with the same event, as a kiosk's failover does. When {@code victim} is
     * given, it is SIGKILLed once a third of the answers are in.
     */
    private Map<String, BookingOutcome> pushAll(List<Sent> sent, List<AdminNode> nodes, AdminNode victim) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(48);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        try {
            List<Future<BookingOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                Sent s = sent.get(i);
                int first = i % nodes.size();
                futures.add(pool.submit(() -> {
                    for (int attempt = 0; ; attempt++) {
                        AdminNode node = nodes.get((first + attempt) % nodes.size());
                        try {
                            BookingOutcome o = push(node, s);
                            if (answered.incrementAndGet() == REQUESTS / 3 && victim != null) {
                                victim.kill();
                            }
                            return o;
                        } catch (IOException e) {
                            resent.incrementAndGet();
                            if (attempt > 20) {
                                throw e;
                            }
                        }
                    }
                }));
            }
            Map<String, BookingOutcome> out = new HashMap<>();
            for (Future<BookingOutcome> f : futures) {
                BookingOutcome o = f.get(120, TimeUnit.SECONDS);
                out.put(o.bookingId(), o);
            }
            System.out.printf("storm over %d nodes%s: %d answers, %d resent after no answer%n", nodes.size(),
                    victim == null ? "" : " (" + victim.name() + " killed)", out.size(), resent.get());
            if (victim != null) {
                assertThat(victim.alive()).isFalse();
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private BookingOutcome push(AdminNode node, Sent s) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url() + KioskApiPaths.EVENTS))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + s.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(s.event())))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(node + ": " + response.body()).isEqualTo(200);
        JsonNode result = json.readTree(response.body()).path("receipts").get(0).path("result");
        return json.treeToValue(result, BookingOutcome.class);
    }

    private static Integer numberStored(Database db, String bookingId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT number FROM meal_booking WHERE id = ?")
                .bind(0, bookingId).mapTo(Integer.class).findOne().orElse(null));
    }
}
