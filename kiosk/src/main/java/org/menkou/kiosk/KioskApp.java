package org.menkou.kiosk;

import java.time.Clock;
import org.menkou.content.Station;
import org.menkou.content.meal.KioskMealBookings;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.meals.MealFlow;
import org.menkou.kiosk.meals.ResidentSession;
import org.menkou.kiosk.screen.EmergencyScreen;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;

/** The kiosk assembled from its parts: the local store, a clock and the station it stands in. */
public final class KioskApp {
    private final Navigator navigator;

    /** A kiosk whose 2 订餐 only shows menus (no booking). @param stationId the station's id, or null when unknown */
    public KioskApp(ContentStore store, Clock clock, String stationId) {
        this(new KioskContext(store, clock, stationId), HomeScreen::new);
    }

    /**
     * A kiosk whose 2 订餐 books meals through {@code bookings} for the resident {@code session} names.
     *
     * @param stationId the station's id, or null when unknown
     */
    public KioskApp(ContentStore store, Clock clock, String stationId, KioskMealBookings bookings,
                    ResidentSession session) {
        this(new KioskContext(store, clock, stationId),
                context -> new HomeScreen(context, new MealFlow(context, bookings, session)::entry));
    }

    private KioskApp(KioskContext context, java.util.function.Function<KioskContext, HomeScreen> home) {
        Clock clock = context.clock();
        this.navigator = new Navigator(() -> home.apply(context),
                () -> new EmergencyScreen(context.station().map(Station::phone).orElse(null)),
                () -> { }, clock, Layout.forTerminal(80, 24));
    }

    public Navigator navigator() {
        return navigator;
    }
}
