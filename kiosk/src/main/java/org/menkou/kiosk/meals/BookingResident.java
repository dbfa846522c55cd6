package org.menkou.kiosk.meals;

import java.util.Optional;
import org.menkou.content.KioskResident;

/**
 * Who is using the kiosk, as the booking screens ask it: the resident identified by their card, or empty for a
 * walk-in (散客, full price, paid at the canteen). The kiosk's card session answers it; {@link #WALK_IN} and
 * {@link #identified} serve kiosks without cards and tests. Called on the UI thread; must return fast.
 */
@FunctionalInterface
public interface BookingResident {
    /** Nobody identified: everyone books as a walk-in. */
    BookingResident WALK_IN = Optional::empty;

    Optional<KioskResident> resident();

    /**
     * The signed payload of the card the resident scanned, sent with their booking for the server to verify; empty
     * for a walk-in (and for {@link #identified}, whose bookings a real server refuses).
     */
    default Optional<String> card() {
        return Optional.empty();
    }

    /** A session that always answers {@code resident}: for tests and demos. */
    static BookingResident identified(KioskResident resident) {
        return () -> Optional.of(resident);
    }
}
