package org.menkou.kiosk.meals;

import java.util.Optional;
import org.menkou.content.KioskResident;

/**
 * Who is using the kiosk, as the booking screens ask it: the resident identified by their card, or empty for a
 * walk-in (散客, full price, paid at the canteen). The card session (issue 6) provides the real one; until then
 * {@link #WALK_IN} is used. Called on the UI thread; must return fast.
 */
@FunctionalInterface
public interface BookingResident {
    /** Nobody identified: everyone books as a walk-in. */
    BookingResident WALK_IN = Optional::empty;

    Optional<KioskResident> resident();

    /** A session that always answers {@code resident}: for tests and demos. */
    static BookingResident identified(KioskResident resident) {
        return () -> Optional.of(resident);
    }
}
