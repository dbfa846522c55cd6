package org.menkou.content.protocol;

/**
 * The server's decision on a booking or a cancellation, sent back as the {@code result} of the event's receipt (the
 * same on every retry).
 *
 * @param status   CONFIRMED (with {@code number} and {@code priceFen}), REFUSED (with {@code reason}) or CANCELLED
 * @param number   the booking number the resident shows at the canteen (1, 2, … per canteen, day and meal), or null
 * @param priceFen what the resident pays, in fen, or null when refused
 * @param reason   a short Chinese sentence for the resident when refused (a cancellation refused leaves the booking
 *                 as it was), else null: what a kiosk shows when it does not know {@code refusal}
 * @param refusal  why it was refused, as a code the kiosk words in its language; null when not refused (and from a
 *                 server before codes)
 */
public record BookingOutcome(String bookingId, Status status, Integer number, Integer priceFen, String reason,
                             BookingRefusal refusal) {
    public enum Status { CONFIRMED, REFUSED, CANCELLED }

    /** An outcome without a refusal code: confirmed, cancelled, or refused by a server before codes. */
    public BookingOutcome(String bookingId, Status status, Integer number, Integer priceFen, String reason) {
        this(bookingId, status, number, priceFen, reason, null);
    }

    /** Refused because of {@code refusal}, told in Chinese by {@code reason}. */
    public static BookingOutcome refused(String bookingId, BookingRefusal refusal, String reason) {
        return new BookingOutcome(bookingId, Status.REFUSED, null, null, reason, refusal);
    }
}
