package org.menkou.kiosk;

import java.time.Clock;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.alarm.KioskAlarms;
import org.menkou.kiosk.screen.AlarmScreen;
import org.menkou.kiosk.screen.EmergencyScreen;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;

/** The kiosk assembled from its parts: the local store, a clock and the station it stands in. */
public final class KioskApp {
    private final Navigator navigator;

    /** A kiosk without the emergency call (its emergency screen only says whom to phone). */
    public KioskApp(ContentStore store, Clock clock, String stationId) {
        this(store, clock, stationId, null);
    }

    /**
     * @param stationId the station's id, or null when unknown
     * @param alarms    the emergency call; null for none. A call still in progress (e.g. after a restart) is shown
     *                  at once.
     */
    public KioskApp(ContentStore store, Clock clock, String stationId, KioskAlarms alarms) {
        KioskContext context = new KioskContext(store, clock, stationId);
        String phone = context.station().map(Station::phone).orElse(null);
        this.navigator = new Navigator(() -> new HomeScreen(context),
                () -> alarms == null ? new EmergencyScreen(phone) : new AlarmScreen(alarms, alarms.press(), phone),
                () -> { }, clock, Layout.forTerminal(80, 24));
        if (alarms != null && alarms.inProgress().isPresent()) {
            navigator.press(KioskKey.EMERGENCY);
        }
    }

    public Navigator navigator() {
        return navigator;
    }
}
