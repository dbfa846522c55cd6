package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.meals.MealTesting.ZONE;
import static org.menkou.admin.meals.MealTesting.request;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingOutcome.Status;

/** The booking rules on a real SQLite file, with the server's clock set by the test. */
class MealBookingServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String DIBAO = "r-3f8x1w";
    private static final String STANDARD = "r-h9c2vz";

    @TempDir
    Path dir;

    private SettableClock clock;
    private MealBookingService service;
    private AdminFixture f;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(DAY.minusDays(1), 18, 0), ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        MealTesting.lunch(f.store, DAY, 3);
        service = f.admin.meals();
    }

    private static java.time.Instant at(LocalDate d, int hour, int minute) {
        return d.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    @Test
    void confirmsWithANumberAndTheResidentsTierPrice() {
        BookingOutcome first = service.bookByProxy(request("b-00000001", DAY, DIBAO, false), "vol");
        BookingOutcome second = service.bookByProxy(request("b-00000002", DAY, null, false), "vol");
        assertThat(first.status()).isEqualTo(Status.CONFIRMED);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.priceFen()).as("低保 pays 3元").isEqualTo(300);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.priceFen()).as("a walk-in pays the full price").isEqualTo(1500);
    }

    @Test
    void theSameBookingIdIsDecidedOnce() {
        BookingOutcome first = service.bookByProxy(request("b-00000001", DAY, null, false), "vol");
        BookingOutcome again = service.bookByProxy(request("b-00000001", DAY, null, false), "vol");
        assertThat(again).isEqualTo(first);
        assertThat(f.admin.meals().bookByProxy(request("b-00000002", DAY, null, false), "vol").number()).isEqualTo(2);
    }

    @Test
    void refusesPastTheCutoffWithAReason() {
        clock.set(at(DAY, 10, 0));
        BookingOutcome late = service.bookByProxy(request("b-00000001", DAY, null, false), "vol");
        assertThat(late.status()).isEqualTo(Status.REFUSED);
        assertThat(late.reason()).contains("截止");
        assertThat(late.number()).isNull();
    }

    @Test
    void refusesOnceTheQuotaIsFull() {
        for (int i = 1; i <= 3; i++) {
            assertThat(service.bookByProxy(request("b-0000000" + i, DAY, null, false), "vol").status())
                    .isEqualTo(Status.CONFIRMED);
        }
        BookingOutcome full = service.bookByProxy(request("b-00000004", DAY, null, false), "vol");
        assertThat(full.status()).isEqualTo(Status.REFUSED);
        assertThat(full.reason()).contains("名额");
    }

    @Test
    void oneBookingPerResidentAndMealFromKiosksButAVolunteerMayBookASecond() {
        assertThat(fromKiosk(request("b-00000001", DAY, STANDARD, false)).status()).isEqualTo(Status.CONFIRMED);
        BookingOutcome twice = fromKiosk(request("b-00000002", DAY, STANDARD, false));
        assertThat(twice.status()).isEqualTo(Status.REFUSED);
        assertThat(twice.reason()).contains("已经订过");
        assertThat(service.bookByProxy(request("b-00000003", DAY, STANDARD, false), "vol").status())
                .as("proxy booking").isEqualTo(Status.CONFIRMED);
    }

    @Test
    void deliveryOnlyForEligibleResidents() {
        assertThat(fromKiosk(request("b-00000001", DAY, STANDARD, true)).reason()).contains("送餐");
        assertThat(fromKiosk(request("b-00000002", DAY, null, true)).status()).as("walk-in").isEqualTo(Status.REFUSED);
        assertThat(fromKiosk(request("b-00000003", DAY, DIBAO, true)).status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void cancelsUntilTheCutoffAndFreesTheQuotaPlace() {
        for (int i = 1; i <= 3; i++) {
            fromKiosk(request("b-0000000" + i, DAY, null, false));
        }
        assertThat(cancelFromKiosk("b-00000001").status()).isEqualTo(Status.CANCELLED);
        assertThat(fromKiosk(request("b-00000004", DAY, null, false)).status()).isEqualTo(Status.CONFIRMED);
        clock.set(at(DAY, 10, 1));
        BookingOutcome late = cancelFromKiosk("b-00000002");
        assertThat(late.status()).isEqualTo(Status.REFUSED);
        assertThat(late.reason()).contains("截止");
        assertThat(cancelFromKiosk("no-such-booking").status()).isEqualTo(Status.REFUSED);
    }

    @Test
    void aRefusedBookingOfUnknownMealOrSetSaysWhy() {
        assertThat(fromKiosk(request("b-00000001", DAY.plusDays(30), null, false)).reason()).contains("没有开放");
        var noSet = new org.menkou.content.protocol.BookingRequest("b-00000002", MealTesting.CANTEEN, DAY,
                org.menkou.content.Meal.LUNCH, "F", null, null, false, null);
        assertThat(fromKiosk(noSet).reason()).contains("没有这个套餐");
        assertThat(service.bookByProxy(request("b-00000003", DAY, "r-nobody", false), "vol").reason()).contains("没有找到");
    }

    private org.menkou.admin.api.Kiosk kiosk() {
        return f.admin.kiosks().all().stream().findFirst()
                .orElseGet(() -> f.admin.kiosks().register("wt-station-1", "test kiosk", "boss").kiosk());
    }

    /** Pushes {@code r} as a kiosk does: for a resident, with the card they scanned (one card per resident). */
    private BookingOutcome fromKiosk(org.menkou.content.protocol.BookingRequest r) {
        if (r.residentId() != null && r.card() == null) {
            String card = cards.computeIfAbsent(r.residentId(), id -> org.menkou.content.card.CardIssuer
                    .forDataDirectory(dir, f.store, clock, java.time.Period.ofYears(5)).issue(id).payload());
            r = new org.menkou.content.protocol.BookingRequest(r.bookingId(), r.canteenId(), r.date(), r.meal(),
                    r.setCode(), r.residentId(), r.tierCode(), r.delivery(), r.stationId(), card);
        }
        return push(org.menkou.content.protocol.BookingRequest.EVENT_TYPE, r);
    }

    private final java.util.Map<String, String> cards = new java.util.HashMap<>();

    private BookingOutcome cancelFromKiosk(String id) {
        return push(org.menkou.content.protocol.BookingCancel.EVENT_TYPE, new org.menkou.content.protocol.BookingCancel(id));
    }

    private BookingOutcome push(String type, Object payload) {
        var json = org.menkou.content.protocol.SyncJson.strict();
        var event = new org.menkou.content.protocol.KioskEvent(java.util.UUID.randomUUID().toString(), type,
                clock.instant(), json.valueToTree(payload));
        var receipt = f.admin.events().store(kiosk(), java.util.List.of(event)).receipts().get(0);
        try {
            return json.treeToValue(receipt.result(), BookingOutcome.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
