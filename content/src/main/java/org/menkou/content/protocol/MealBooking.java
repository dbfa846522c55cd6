package org.menkou.content.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A booking as the kiosk knows it: what was asked and how far it got.
 *
 * @param number   the booking number once confirmed, else null
 * @param priceFen the price the server set once confirmed, else null
 * @param reason   why it was refused (or why a cancellation was refused), as the server said it in Chinese, else
 *                 null: shown only when {@code refusal} is null or {@link BookingRefusal#UNKNOWN}
 * @param refusal  why it was refused (or why a cancellation was refused), as a code the kiosk words in its
 *                 language, else null
 */
public record MealBooking(BookingRequest request, State state, Integer number, Integer priceFen, String reason,
                          BookingRefusal refusal) {
    /** A booking without a refusal code. */
    public MealBooking(BookingRequest request, State state, Integer number, Integer priceFen, String reason) {
        this(request, state, number, priceFen, reason, null);
    }

    /** PENDING = 待确认 (saved here, not yet answered by the server). */
    public enum State {
        PENDING("待确认"), CONFIRMED("已确认"), REFUSED("没订上"), CANCEL_PENDING("取消待确认"), CANCELLED("已取消");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @JsonIgnore
    public String id() {
        return request.bookingId();
    }

    /** True while the booking holds (or may hold) a meal: confirmed or still waiting for the server. */
    @JsonIgnore
    public boolean isActive() {
        return state == State.PENDING || state == State.CONFIRMED;
    }
}
