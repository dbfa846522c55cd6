package org.menkou.kiosk;

import java.time.Clock;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.screen.EmergencyScreen;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;

/** The kiosk assembled from its parts: the local store, a clock and the station it stands in. */
public final class KioskApp {
    private final Navigator navigator;

    /** @param stationId the station's id, or null when unknown */
    public KioskApp(ContentStore store, Clock clock, String stationId) {
        KioskContext context = new KioskContext(store, clock, stationId);
        this.navigator = new Navigator(() -> new HomeScreen(context),
                () -> new EmergencyScreen(context.station().map(Station::phone).orElse(null)),
                () -> { }, clock, Layout.forTerminal(80, 24));
    }

    public Navigator navigator() {
        return navigator;
    }
}
