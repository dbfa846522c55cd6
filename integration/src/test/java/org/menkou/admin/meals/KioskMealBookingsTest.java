package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.MealBooking;
import org.menkou.content.protocol.MealBooking.State;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.integration.TestKiosks;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.sync.KioskSync;

/**
 * The kiosk's bookings through its real sync engine and outbox against a real server on loopback: confirmed at once
 * online; saved as 待确认 offline and settled (confirmed, or refused past the cutoff) when the server is reachable.
 */
@Tag("integration")
@ExtendWith(LoopbackPort.Resolver.class)
class KioskMealBookingsTest {
    private static final String RESIDENT = "r-3f8x1w"; // 李*国, 低保

    @TempDir
    Path dir;

    private String card;

    private KioskSync kiosk(int port, String token) {
        return TestKiosks.startSyncing(dir.resolve("kiosk").resolve("menkou.db"), port, token);
    }

    /** A booking for {@link #RESIDENT} with the card a kiosk would have scanned (issued by the server's key). */
    private BookingRequest request(AdminFixture f, LocalDate day) {
        if (card == null) {
            // One card, as a resident has: issuing another would revoke this one.
            card = CardIssuer.forDataDirectory(dir.resolve("server"), f.store, Clock.systemUTC(), Period.ofYears(5))
                    .issue(RESIDENT).payload();
        }
        return new BookingRequest(KioskMealBookings.newBookingId(), MealTesting.CANTEEN, day,
                org.menkou.content.Meal.LUNCH, "A", RESIDENT, "DIBAO", true, null, card);
    }

    @Test
    void onlineTheAnswerComesBackWithTheBookingAndCancellingWorks() throws Exception {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, tomorrow, 10);
        f.app.start("127.0.0.1", 0);
        String token = f.admin.kiosks().register("wt-station-1", "k", "boss").token();
        try (KioskSync sync = kiosk(f.app.port(), token)) {
            awaitOnline(sync);
            KioskMealBookings bookings = KioskMealBookings.over(sync, Duration.ofSeconds(1));
            MealBooking booked = bookings.book(request(f, tomorrow));
            assertThat(booked.state()).as("confirmed within the 1 s wait").isEqualTo(State.CONFIRMED);
            assertThat(booked.number()).isEqualTo(1);
            assertThat(booked.priceFen()).isEqualTo(300);
            MealBooking second = bookings.book(request(f, tomorrow));
            assertThat(second.state()).isEqualTo(State.REFUSED);
            assertThat(second.reason()).contains("已经订过");
            assertThat(bookings.cancel(booked.id()).state()).isEqualTo(State.CANCELLED);
            assertThat(bookings.ofResident(RESIDENT)).extracting(MealBooking::state)
                    .containsExactly(State.REFUSED, State.CANCELLED);
            assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, org.menkou.content.Meal.LUNCH)).isZero();
        } finally {
            f.app.stop();
        }
    }

    @Test
    void offlineItIsPendingThenConfirmedOrRefusedWhenTheServerIsBack(LoopbackPort held) throws Exception {
        int port = held.port();
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        SettableClock serverClock = new SettableClock(Instant.now(), MealTesting.ZONE);
        AdminFixture f = new AdminFixture(dir.resolve("server"), Duration.ofSeconds(30), serverClock);
        MealTesting.lunch(f.store, tomorrow, 10);
        MealTesting.lunch(f.store, tomorrow.plusDays(1), 10);
        String token = f.admin.kiosks().register("wt-station-1", "k", "boss").token();
        try (KioskSync sync = kiosk(port, token)) {
            KioskMealBookings bookings = KioskMealBookings.over(sync, Duration.ofSeconds(1));
            MealBooking early = bookings.book(request(f, tomorrow.plusDays(1)));
            MealBooking late = bookings.book(request(f, tomorrow));
            assertThat(early.state()).isEqualTo(State.PENDING);
            assertThat(late.state()).isEqualTo(State.PENDING);

            // The server comes back after tomorrow's cutoff: one booking can still be taken, the other not.
            serverClock.set(tomorrow.atTime(LocalTime.of(10, 30)).atZone(MealTesting.ZONE).toInstant());
            f.app.start("127.0.0.1", port);
            awaitSettled(bookings, early.id());
            awaitSettled(bookings, late.id());
            assertThat(bookings.find(early.id()).orElseThrow().state()).isEqualTo(State.CONFIRMED);
            MealBooking refused = bookings.find(late.id()).orElseThrow();
            assertThat(refused.state()).isEqualTo(State.REFUSED);
            assertThat(refused.reason()).contains("截止");
            org.menkou.admin.testing.WebClient vol = new org.menkou.admin.testing.WebClient(port);
            vol.login("vol", AdminFixture.PASSWORD);
            assertThat(vol.get("/meals/station?station=wt-station-1").body())
                    .as("the station's staff list shows both results").contains("已确认", "没订上", "截止");
        } finally {
            f.app.stop();
        }
    }

    private static void awaitOnline(KioskSync sync) {
        await("the kiosk is online").atMost(Duration.ofSeconds(20)).until(sync::isOnline);
    }

    private static void awaitSettled(KioskMealBookings bookings, String id) {
        await("booking " + id + " settled").atMost(Duration.ofSeconds(20))
                .until(() -> bookings.find(id).orElseThrow().state() != State.PENDING);
    }
}
