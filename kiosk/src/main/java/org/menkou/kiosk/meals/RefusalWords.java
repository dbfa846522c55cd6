package org.menkou.kiosk.meals;

import java.util.Optional;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/**
 * Why a booking (or its cancellation) was refused, in the resident's language: from the server's refusal code; for a
 * code this kiosk does not know (a newer server's) or none (an older server's), the server's Chinese sentence.
 */
final class RefusalWords {
    private RefusalWords() {
    }

    /** The sentence for {@code booking}'s refusal; empty when it has none. */
    static Optional<String> of(MealBooking booking, VoiceLanguage language) {
        BookingRefusal refusal = booking.refusal();
        if (refusal == null || refusal == BookingRefusal.UNKNOWN) {
            return Optional.ofNullable(booking.reason()).or(() -> refusal == null ? Optional.empty()
                    : Optional.of(Ui.REFUSAL_REJECTED.in(language)));
        }
        return Optional.of(words(refusal).in(language));
    }

    private static Ui words(BookingRefusal refusal) {
        return switch (refusal) {
            case MEAL_NOT_OPEN -> Ui.REFUSAL_MEAL_NOT_OPEN;
            case NO_SUCH_SET -> Ui.REFUSAL_NO_SUCH_SET;
            case PAST_CUTOFF -> Ui.REFUSAL_PAST_CUTOFF;
            case RESIDENT_UNKNOWN -> Ui.REFUSAL_RESIDENT_UNKNOWN;
            case NO_DELIVERY -> Ui.REFUSAL_NO_DELIVERY;
            case ALREADY_BOOKED -> Ui.REFUSAL_ALREADY_BOOKED;
            case QUOTA_FULL -> Ui.REFUSAL_QUOTA_FULL;
            case BOOKING_NOT_FOUND -> Ui.REFUSAL_BOOKING_NOT_FOUND;
            case NOT_BOOKED -> Ui.REFUSAL_NOT_BOOKED;
            case CANCEL_PAST_CUTOFF -> Ui.REFUSAL_CANCEL_PAST_CUTOFF;
            case CARD_REQUIRED -> Ui.REFUSAL_CARD_REQUIRED;
            case CARD_MISMATCH -> Ui.REFUSAL_CARD_MISMATCH;
            case CARD_NOT_VALID -> Ui.REFUSAL_CARD_NOT_VALID;
            case NO_CARD_KEY -> Ui.REFUSAL_NO_CARD_KEY;
            case NOT_OWN_STATION -> Ui.REFUSAL_NOT_OWN_STATION;
            case REJECTED, UNKNOWN -> Ui.REFUSAL_REJECTED;
            case UNREADABLE_ANSWER -> Ui.UNREADABLE_ANSWER;
        };
    }
}
