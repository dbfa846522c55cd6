package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.MealBooking;

/** Booking statuses as {@code meal_booking.status} holds them, and what kiosks and staff are told of each. */
class BookingStatusTest {
    @Test
    void eachStatusReadsBackFromItsStoredNameAndKeepsItsNameOnTheWire() {
        for (BookingStatus status : BookingStatus.values()) {
            assertThat(BookingStatus.ofStored(status.name())).isEqualTo(status);
            assertThat(status.outcome().name()).isEqualTo(status.name());
            assertThat(status.kioskState().name()).isEqualTo(status.name());
        }
        assertThat(BookingStatus.values()).extracting(BookingStatus::label).containsExactly("已确认", "没订上", "已取消");
    }

    @Test
    void aStatusThisVersionDoesNotKnowReadsAsRefusedNeitherCountedNorCancellable() {
        BookingStatus unknown = BookingStatus.ofStored("WAITLISTED");
        assertThat(unknown).isEqualTo(BookingStatus.REFUSED);
        assertThat(unknown.outcome()).isEqualTo(BookingOutcome.Status.REFUSED);
        assertThat(unknown.kioskState()).isEqualTo(MealBooking.State.REFUSED);
    }
}
