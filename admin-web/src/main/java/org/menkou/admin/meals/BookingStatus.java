package org.menkou.admin.meals;

import java.util.Arrays;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.MealBooking;

/** Where a booking stands on the server, stored by its name in {@code meal_booking.status}. */
enum BookingStatus {
    /** Booked: counts against the meal's quota and has a number. */
    CONFIRMED("已确认", BookingOutcome.Status.CONFIRMED, MealBooking.State.CONFIRMED),
    /** Not booked; the refusal and its reason are stored beside it. */
    REFUSED("没订上", BookingOutcome.Status.REFUSED, MealBooking.State.REFUSED),
    /** Booked, then cancelled before the cutoff. */
    CANCELLED("已取消", BookingOutcome.Status.CANCELLED, MealBooking.State.CANCELLED);

    private final String label;
    private final BookingOutcome.Status outcome;
    private final MealBooking.State kioskState;

    BookingStatus(String label, BookingOutcome.Status outcome, MealBooking.State kioskState) {
        this.label = label;
        this.outcome = outcome;
        this.kioskState = kioskState;
    }

    /**
     * The status stored as {@code name}. A name this version does not know (one a newer version wrote) reads as
     * {@link #REFUSED}: such a booking is neither counted as a meal nor offered for cancelling.
     */
    static BookingStatus ofStored(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(REFUSED);
    }

    /** How staff lists show it, e.g. 已确认. */
    String label() {
        return label;
    }

    /** The status sent to the kiosk in a {@link BookingOutcome}. */
    BookingOutcome.Status outcome() {
        return outcome;
    }

    /** The state a kiosk shows for it in the resident's list of bookings. */
    MealBooking.State kioskState() {
        return kioskState;
    }
}
