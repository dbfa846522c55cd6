package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.Meal;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.IssuedCard;
import org.menkou.content.card.RevocationReason;
import org.menkou.content.protocol.BookingCancel;
import org.menkou.content.protocol.BookingOutcome;
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
 * Over real HTTP against the real server on loopback: a kiosk books for a resident only with that resident's valid
 * card, walk-ins need none, and a kiosk cancels only bookings of its own station. Refusals are 422 with a reason.
 */
class BookingAuthorityTest {
    private static final String LI = "r-3f8x1w";      // 低保: set A costs 3元
    private static final String ZHANG = "r-7k2m9q";

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.strict();
    private final HttpClient http = HttpClient.newHttpClient();
    private AdminFixture f;
    private CardIssuer issuer;
    private LocalDate tomorrow;
    private String station1;
    private String station2;

    private record Answer(int status, JsonNode body) {
        BookingOutcome outcome(ObjectMapper json) throws Exception {
            return json.treeToValue(body.path("receipts").get(0).path("result"), BookingOutcome.class);
        }
    }

    @BeforeEach
    void start() {
        f = new AdminFixture(dir.resolve("server"));
        tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, tomorrow, 10);
        issuer = CardIssuer.forDataDirectory(dir.resolve("server"), f.store, Clock.systemUTC(), Period.ofYears(5));
        f.app.start("127.0.0.1", 0);
        station1 = f.admin.kiosks().register("wt-station-1", "kiosk 1", "boss").token();
        station2 = f.admin.kiosks().register("wt-station-2", "kiosk 2", "boss").token();
    }

    @AfterEach
    void stop() {
        f.app.stop();
    }

    private BookingRequest booking(String resident, String card) {
        return new BookingRequest(UUID.randomUUID().toString(), MealTesting.CANTEEN, tomorrow, Meal.LUNCH, "A",
                resident, resident == null ? null : "DIBAO", false, null, card);
    }

    private KioskEvent lastEvent;

    private Answer push(String token, String type, Object payload) throws Exception {
        KioskEvent event = new KioskEvent(UUID.randomUUID().toString(), type, Instant.now(), json.valueToTree(payload));
        lastEvent = event;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + f.app.port() + KioskApiPaths.EVENTS))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(event)))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), json.readTree(response.body()));
    }

    @Test
    void aResidentIsBookedOnlyWithTheirOwnValidCardAndAWalkInWithoutOne() throws Exception {
        Answer withCard = push(station1, BookingRequest.EVENT_TYPE, booking(LI, issuer.issue(LI).payload()));
        assertThat(withCard.status()).as(withCard.body().toString()).isEqualTo(200);
        assertThat(withCard.outcome(json).status()).isEqualTo(BookingOutcome.Status.CONFIRMED);
        assertThat(withCard.outcome(json).priceFen()).as("低保 pays 3元").isEqualTo(300);
        String kioskId = f.admin.kiosks().all().stream().filter(k -> k.stationId().equals("wt-station-1"))
                .findFirst().orElseThrow().id();
        assertThat(f.admin.events().payload(kioskId, lastEvent.id())).hasValueSatisfying(p -> {
            assertThat(p.path("residentId").asText()).isEqualTo(LI);
            assertThat(p.has("card")).as("the event log never keeps a card").isFalse();
        });

        Answer walkIn = push(station1, BookingRequest.EVENT_TYPE, booking(null, null));
        assertThat(walkIn.status()).isEqualTo(200);
        assertThat(walkIn.outcome(json).priceFen()).isEqualTo(1500);

        Answer noCard = push(station1, BookingRequest.EVENT_TYPE, booking(LI, null));
        assertThat(noCard.status()).isEqualTo(422);
        assertThat(noCard.body().toString()).contains("card_required");

        Answer someoneElses = push(station1, BookingRequest.EVENT_TYPE, booking(LI, issuer.issue(ZHANG).payload()));
        assertThat(someoneElses.status()).isEqualTo(422);
        assertThat(someoneElses.body().toString()).contains("card_mismatch");

        String valid = issuer.issue(LI).payload();
        String forged = valid.substring(0, valid.length() - 3) + (valid.endsWith("AAA") ? "BBB" : "AAA");
        Answer forgedCard = push(station1, BookingRequest.EVENT_TYPE, booking(LI, forged));
        assertThat(forgedCard.status()).isEqualTo(422);
        assertThat(forgedCard.body().toString()).contains("card_not_valid");

        IssuedCard lost = issuer.issue(LI);
        issuer.revoke(lost.card().cardId(), RevocationReason.LOST);
        Answer revoked = push(station1, BookingRequest.EVENT_TYPE, booking(LI, lost.payload()));
        assertThat(revoked.status()).isEqualTo(422);
        assertThat(revoked.body().toString()).contains("card_not_valid", "revoked");

        assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, Meal.LUNCH))
                .as("only the carded and the walk-in booking were taken").isEqualTo(2);
    }

    @Test
    void aKioskCancelsOnlyTheBookingsOfItsOwnStation() throws Exception {
        BookingRequest r = booking(null, null);
        assertThat(push(station1, BookingRequest.EVENT_TYPE, r).status()).isEqualTo(200);

        Answer elsewhere = push(station2, BookingCancel.EVENT_TYPE, new BookingCancel(r.bookingId()));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body().toString()).contains("not_own_station");
        assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, Meal.LUNCH)).isEqualTo(1);

        Answer own = push(station1, BookingCancel.EVENT_TYPE, new BookingCancel(r.bookingId()));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.outcome(json).status()).isEqualTo(BookingOutcome.Status.CANCELLED);
        assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, Meal.LUNCH)).isZero();
    }

    @Test
    void aBookingMadeByPhoneOnTheAdminSiteIsListedAtTheKioskAfterTheResidentScans() throws Exception {
        BookingRequest byPhone = new BookingRequest(UUID.randomUUID().toString(), MealTesting.CANTEEN, tomorrow,
                Meal.LUNCH, "B", LI, null, false, "wt-station-1");
        assertThat(f.admin.meals().bookByProxy(byPhone, "vol").status()).isEqualTo(BookingOutcome.Status.CONFIRMED);
        String card = issuer.issue(LI).payload();
        try (KioskSync sync = TestKiosks.startSyncing(dir.resolve("kiosk").resolve("menkou.db"), f.app.port(), station1)) {
            KioskMealBookings bookings = KioskMealBookings.over(sync, Duration.ofSeconds(1));
            assertThat(bookings.ofResident(LI)).as("this kiosk did not make it").isEmpty();

            bookings.refreshResident(LI, card).get(10, TimeUnit.SECONDS);

            assertThat(bookings.ofResident(LI)).singleElement().satisfies(b -> {
                assertThat(b.id()).isEqualTo(byPhone.bookingId());
                assertThat(b.state()).isEqualTo(MealBooking.State.CONFIRMED);
                assertThat(b.number()).isEqualTo(1);
                assertThat(b.request().setCode()).isEqualTo("B");
                assertThat(b.request().card()).isNull();
            });
            MealBooking cancelled = bookings.submitCancel(byPhone.bookingId()).get(10, TimeUnit.SECONDS);
            assertThat(cancelled.state()).as("cancelled from the kiosk of its station").isEqualTo(MealBooking.State.CANCELLED);

            String forged = card.substring(0, card.length() - 3) + (card.endsWith("AAA") ? "BBB" : "AAA");
            assertThat(bookings.refreshResident(ZHANG, forged)).failsWithin(Duration.ofSeconds(10));
        }
    }

    @Test
    void refusalsReachTheKioskAsCodesAndNoCardReachesTheLog() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        root.addAppender(logged);
        String li = issuer.issue(LI).payload();
        String zhang = issuer.issue(ZHANG).payload();
        String forged = li.substring(0, li.length() - 3) + (li.endsWith("AAA") ? "BBB" : "AAA");
        try (KioskSync sync = TestKiosks.startSyncing(dir.resolve("kiosk").resolve("menkou.db"), f.app.port(), station1)) {
            KioskMealBookings bookings = KioskMealBookings.over(sync, Duration.ofSeconds(5));
            MealBooking first = bookings.submit(booking(LI, li)).get(10, TimeUnit.SECONDS);
            MealBooking again = bookings.submit(booking(LI, li)).get(10, TimeUnit.SECONDS);
            MealBooking mismatched = bookings.submit(booking(LI, zhang)).get(10, TimeUnit.SECONDS);
            MealBooking forgedCard = bookings.submit(booking(LI, forged)).get(10, TimeUnit.SECONDS);
            assertThat(bookings.refreshResident(LI, forged)).failsWithin(Duration.ofSeconds(10));

            assertThat(first.state()).isEqualTo(MealBooking.State.CONFIRMED);
            assertThat(first.refusal()).isNull();
            assertThat(again.refusal()).isEqualTo(org.menkou.content.protocol.BookingRefusal.ALREADY_BOOKED);
            assertThat(again.reason()).as("the Chinese sentence for kiosks without the code").contains("已经订过");
            assertThat(mismatched.refusal()).isEqualTo(org.menkou.content.protocol.BookingRefusal.CARD_MISMATCH);
            assertThat(forgedCard.refusal()).isEqualTo(org.menkou.content.protocol.BookingRefusal.CARD_NOT_VALID);
            assertThat(List.of(mismatched, forgedCard)).allSatisfy(b -> {
                assertThat(b.state()).isEqualTo(MealBooking.State.REFUSED);
                assertThat(b.reason()).as("the server's message is not for the screen").isNull();
                assertThat(b.request().card()).as("the card is dropped once the event was refused").isNull();
            });
        } finally {
            root.detachAppender(logged);
            root.setLevel(level);
        }
        // What the kiosk process logs: Menkou's kiosk side at any level (the server's Jetty debug lines are not it).
        // Appends are synchronized on the appender; a thread may still be inside one after the detach.
        List<ch.qos.logback.classic.spi.ILoggingEvent> events;
        synchronized (logged) {
            logged.stop();
            events = List.copyOf(logged.list);
        }
        List<ch.qos.logback.classic.spi.ILoggingEvent> kioskLog = events.stream()
                .filter(e -> e.getLoggerName().startsWith("org.menkou.")
                        && !e.getLoggerName().startsWith("org.menkou.admin."))
                .toList();
        assertThat(kioskLog).as("the refusals were logged")
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("card_mismatch"));
        for (String card : List.of(li, zhang, forged)) {
            for (String part : List.of(card.substring(4, 24), card.substring(card.length() - 20))) {
                assertThat(kioskLog).allSatisfy(e -> {
                    assertThat(e.getFormattedMessage()).doesNotContain(part);
                    for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(part);
                    }
                });
            }
        }
    }
}
