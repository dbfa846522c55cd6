package org.menkou.content.protocol;

import java.util.regex.Pattern;
import org.menkou.content.InvalidContentException;

/** The payload of a {@value #EVENT_TYPE} event: cancel the booking {@code bookingId} (allowed until the cutoff). */
public record BookingCancel(String bookingId) {
    public static final String EVENT_TYPE = "booking-cancel";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    public BookingCancel {
        if (bookingId == null || !ID.matcher(bookingId).matches()) {
            throw new InvalidContentException("bookingId", "booking id must be 8-64 letters, digits or '-'");
        }
    }
}
