package org.menkou.content.protocol;

import java.util.List;

/**
 * The wire records of {@code POST} {@link KioskApiPaths#RESIDENT_BOOKINGS}: a kiosk presents the card a resident just
 * scanned and gets that resident's bookings from today on, wherever they were made (other kiosks, or by phone on the
 * admin site, 代订), so that 我的订餐 lists them all.
 */
public final class ResidentBookings {
    private ResidentBookings() {
    }

    /** @param card the scanned card's signed payload; the server verifies it and answers for its resident only */
    public record Query(String card) {
        @Override
        public String toString() {
            return "ResidentBookings.Query[card]";
        }
    }

    /** @param bookings the resident's bookings from today on, with the server's state (never a card) */
    public record Answer(List<MealBooking> bookings) {
        public Answer {
            bookings = List.copyOf(bookings);
        }
    }
}
