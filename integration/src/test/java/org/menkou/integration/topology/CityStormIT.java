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
import java.util.Optional;
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
 * The booking rules across two admin nodes on one PostgreSQL behind nginx (round robin, no sticky sessions): 300
 * bookings from 30 kiosks at once for a quota of 150 confirm exactly 150 numbered 1–150; with one node SIGKILLed
 * mid-storm, the kiosks resend what got no answer (same event ids), the balancer sends it to the survivor, and
 * nothing confirmed is lost or doubled.
 */
@Tag("integration")
@Tag("topology")
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
            try (AdminProcess a = AdminProcess.start("node-a", dir.resolve("a"), city.url);
                 AdminProcess b = AdminProcess.start("node-b", dir.resolve("b"), city.url);
                 NginxBalancer balancer = NginxBalancer.start(dir.resolve("nginx"), List.of(a.port(), b.port()),
                         Optional.empty())) {
                Map<String, BookingOutcome> answers = pushAll(sent, balancer.url(), killOne ? a : null);
                for (AdminProcess node : List.of(a, b)) {
                    assertThat(balancer.accessLog()).as("%s answered bookings", node)
                            .anyMatch(l -> l.endsWith(" 200 127.0.0.1:" + node.port()));
                }
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
     * Sends each event alone through the balancer, all at once; a request that gets no answer (a cut connection, 502
     * from the balancer whose node died mid-request, or 503 from a node too busy to get a database connection in
     * time) is sent again with the same event, as a kiosk does. When
     * {@code victim} is given, it is SIGKILLed once a third of the answers are in.
     */
    private Map<String, BookingOutcome> pushAll(List<Sent> sent, URI balancer, AdminProcess victim) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(48);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        try {
            List<Future<BookingOutcome>> futures = new ArrayList<>();
            for (Sent s : sent) {
                futures.add(pool.submit(() -> {
                    for (int attempt = 1; ; attempt++) {
                        Optional<BookingOutcome> o = push(balancer, s);
                        if (o.isPresent()) {
                            if (answered.incrementAndGet() == REQUESTS / 3 && victim != null) {
                                victim.kill();
                            }
                            return o.get();
                        }
                        resent.incrementAndGet();
                        assertThat(attempt).as("answered within 20 tries").isLessThan(20);
                    }
                }));
            }
            Map<String, BookingOutcome> out = new HashMap<>();
            for (Future<BookingOutcome> f : futures) {
                BookingOutcome o = f.get(120, TimeUnit.SECONDS);
                out.put(o.bookingId(), o);
            }
            System.out.printf("storm over 2 nodes behind nginx%s: %d answers, %d sent again after no answer%n",
                    victim == null ? "" : " (" + victim.name() + " killed)", out.size(), resent.get());
            if (victim != null) {
                assertThat(victim.alive()).isFalse();
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The booking's outcome, or empty when the request got no answer from a node (to be sent again). */
    private Optional<BookingOutcome> push(URI balancer, Sent s) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(balancer.resolve(KioskApiPaths.EVENTS.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + s.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(s.event())))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (response.statusCode() == 502 || response.statusCode() == 503 || response.statusCode() == 504) {
            return Optional.empty();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json.readTree(response.body()).path("receipts").get(0).path("result");
        return Optional.of(json.treeToValue(result, BookingOutcome.class));
    }

    private static Integer numberStored(Database db, String bookingId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT number FROM meal_booking WHERE id = ?")
                .bind(0, bookingId).mapTo(Integer.class).findOne().orElse(null));
    }
}
