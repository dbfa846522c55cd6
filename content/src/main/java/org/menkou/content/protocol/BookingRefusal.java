package org.menkou.content.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why a booking or a cancellation was refused, as a code a kiosk words in its resident's language. On the wire it is
 * the lower-case {@link #code()}: in a {@link BookingOutcome} (the server's decision, with a Chinese sentence beside
 * it for kiosks that do not know the code) and as the {@code error} of a 422 that refuses the event itself. A code
 * this kiosk does not know (from a newer server) reads as {@link #UNKNOWN}; the kiosk then shows the server's
 * Chinese sentence, or a general one.
 */
public enum BookingRefusal {
    // The server's decision on a booking.
    MEAL_NOT_OPEN("meal_not_open"),
    NO_SUCH_SET("no_such_set"),
    PAST_CUTOFF("past_cutoff"),
    RESIDENT_UNKNOWN("resident_unknown"),
    NO_DELIVERY("no_delivery"),
    ALREADY_BOOKED("already_booked"),
    QUOTA_FULL("quota_full"),
    // The server's decision on a cancellation (the booking stays as it was).
    BOOKING_NOT_FOUND("booking_not_found"),
    NOT_BOOKED("not_booked"),
    CANCEL_PAST_CUTOFF("cancel_past_cutoff"),
    // The event itself refused (HTTP 422): the kiosk sets it aside.
    CARD_REQUIRED("card_required"),
    CARD_MISMATCH("card_mismatch"),
    CARD_NOT_VALID("card_not_valid"),
    NO_CARD_KEY("no_card_key"),
    NOT_OWN_STATION("not_own_station"),
    /** The event was refused for a reason without a code of this list (e.g. a malformed event). Kiosk side only. */
    REJECTED("rejected"),
    /** The server's answer could not be read. Kiosk side only. */
    UNREADABLE_ANSWER("unreadable_answer"),
    /** A code this kiosk does not know. */
    UNKNOWN("unknown");

    private final String code;

    BookingRefusal(String code) {
        this.code = code;
    }

    /** The code on the wire, e.g. {@code quota_full}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The refusal with wire code {@code code}, if this kiosk knows it. */
    public static Optional<BookingRefusal> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** For reading the wire: a code this kiosk does not know is {@link #UNKNOWN}. */
    @JsonCreator
    static BookingRefusal read(String code) {
        return fromCode(code).orElse(UNKNOWN);
    }
}
