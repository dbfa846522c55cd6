package org.menkou.content.meal;

/**
 * The server's decision on a booking or a cancellation, sent back as the {@code result} of the event's receipt (the
 * same on every retry).
 *
 * @param status   CONFIRMED (with {@code number} and {@code priceFen}), REFUSED (with {@code reason}) or CANCELLED
 * @param number   the booking number the resident shows at the canteen (1, 2, … per canteen, day and meal), or null
 * @param priceFen what the resident pays, in fen, or null when refused
 * @param reason   a short Chinese sentence for the resident when refused (a cancellation refused leaves the booking
 *                 as it was), else null
 */
public record BookingOutcome(String bookingId, Status status, Integer number, Integer priceFen, String reason) {
    public enum Status { CONFIRMED, REFUSED, CANCELLED }

    public static BookingOutcome refused(String bookingId, String reason) {
        return new BookingOutcome(bookingId, Status.REFUSED, null, null, reason);
    }
}
