package org.menkou.kiosk;

import java.time.Clock;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.screen.EmergencyScreen;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.UiLanguage;
import org.menkou.voice.VoiceLanguage;

/** The kiosk assembled from its parts: the local store, a clock and the station it stands in. */
public final class KioskApp {
    private final Navigator navigator;
    private final UiLanguage language;

    /** A kiosk in Chinese. @param stationId the station's id, or null when unknown */
    public KioskApp(ContentStore store, Clock clock, String stationId) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN);
    }

    /** @param language the language it starts in (residents switch on the home screen) */
    public KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language) {
        this.language = new UiLanguage(language);
        KioskContext context = new KioskContext(store, clock, stationId, this.language);
        this.navigator = new Navigator(() -> new HomeScreen(context),
                () -> new EmergencyScreen(context.station().map(Station::phone).orElse(null)),
                () -> { }, clock, Layout.forTerminal(80, 24), this.language);
    }

    /** The language in use; listeners hear when a resident switches it. */
    public UiLanguage language() {
        return language;
    }

    public Navigator navigator() {
        return navigator;
    }
}
