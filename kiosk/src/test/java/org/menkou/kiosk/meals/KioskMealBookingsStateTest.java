package org.menkou.kiosk.meals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.Meal;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventReceipt;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.sync.Outbox;

/** How a booking's state is read back from the kiosk's real outbox (SQLite) as the server's answers arrive. */
class KioskMealBookingsStateTest {
    @TempDir
    Path dir;

    private static BookingRequest request(String resident) {
        return new BookingRequest(KioskMealBookings.newBookingId(), "wt-canteen", LocalDate.of(2026, 11, 24), Meal.LUNCH,
                "A", resident, resident == null ? null : "DIBAO", false, null);
    }

    private static String eventOf(Outbox outbox, String bookingId) {
        return outbox.entries(BookingRequest.EVENT_TYPE).stream()
                .filter(e -> e.event().payload().path("bookingId").asText().equals(bookingId))
                .findFirst().orElseThrow().event().id();
    }

    @Test
    void pendingUntilAnsweredThenWhatTheServerSaidAndUnreadableAnswersAreNotCrashes() {
        Outbox outbox = Outbox.open(Database.openSqlite(dir.resolve("menkou.db")), Clock.systemUTC());
        KioskMealBookings bookings = KioskMealBookings.offline(outbox);
        MealBooking confirmed = bookings.book(request("r-1"));
        MealBooking garbled = bookings.book(request("r-1"));
        MealBooking rejected = bookings.book(request(null));
        assertThat(List.of(confirmed, garbled, rejected)).allMatch(b -> b.state() == MealBooking.State.PENDING);

        var json = org.menkou.content.protocol.SyncJson.strict();
        outbox.delivered(List.of(
                new EventReceipt(eventOf(outbox, confirmed.id()), 1, false, json.valueToTree(
                        new BookingOutcome(confirmed.id(), BookingOutcome.Status.CONFIRMED, 7, 300, null))),
                new EventReceipt(eventOf(outbox, garbled.id()), 2, false, JsonNodeFactory.instance.textNode("?"))));
        outbox.rejected(List.of(eventOf(outbox, rejected.id())), "bad_booking", "HTTP 400 bad booking");

        assertThat(bookings.find(confirmed.id()).orElseThrow()).satisfies(b -> {
            assertThat(b.state()).isEqualTo(MealBooking.State.CONFIRMED);
            assertThat(b.number()).isEqualTo(7);
        });
        assertThat(bookings.find(garbled.id()).orElseThrow().refusal()).isEqualTo(BookingRefusal.UNREADABLE_ANSWER);
        assertThat(bookings.find(rejected.id()).orElseThrow()).satisfies(b -> {
            assertThat(b.state()).isEqualTo(MealBooking.State.REFUSED);
            assertThat(b.refusal()).as("a code without words here").isEqualTo(BookingRefusal.REJECTED);
            assertThat(b.reason()).as("the server's message is for staff, not the screen").isNull();
        });
        assertThat(bookings.ofResident("r-1")).hasSize(2);

        MealBooking cancelling = bookings.cancel(confirmed.id());
        assertThat(cancelling.state()).isEqualTo(MealBooking.State.CANCEL_PENDING);
    }
}
