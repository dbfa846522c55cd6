package org.menkou.kiosk;

import java.time.Clock;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.screen.EmergencyScreen;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.UiLanguage;
import org.menkou.voice.VoiceLanguage;
import org.menkou.kiosk.session.CardScans;
import org.menkou.kiosk.session.CardSession;
import org.menkou.kiosk.session.MealBookingShortcut;
import org.menkou.kiosk.session.ResidentSession;
import org.menkou.kiosk.session.ResidentShortcuts;

/** The kiosk assembled from its parts: the local store, a clock and the station it stands in. */
public final class KioskApp {
    private final Navigator navigator;
    private final UiLanguage language;
    private final CardSession session;
    private final CardScans scans;

    /** A kiosk in Chinese. @param stationId the station's id, or null when unknown */
    public KioskApp(ContentStore store, Clock clock, String stationId) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN, new MealBookingShortcut());
    }

    /** A kiosk starting in {@code language} (residents switch on the home screen). */
    public KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language) {
        this(store, clock, stationId, language, new MealBookingShortcut());
    }

    /** A kiosk in Chinese. @param shortcuts what the greeting of an identified resident offers besides their likely policies */
    public KioskApp(ContentStore store, Clock clock, String stationId, ResidentShortcuts shortcuts) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN, shortcuts);
    }

    /**
     * @param language  the language it starts in (residents switch on the home screen)
     * @param shortcuts what the greeting of an identified resident offers besides their likely policies
     */
    public KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language, ResidentShortcuts shortcuts) {
        this.language = new UiLanguage(language);
        KioskContext context = new KioskContext(store, clock, stationId, this.language);
        this.session = new CardSession(store, clock);
        this.navigator = new Navigator(() -> {
                    session.takeFarewell(); // after an idle timeout nobody is there to hear a goodbye
                    return new HomeScreen(context, session::takeFarewell);
                },
                () -> new EmergencyScreen(context.station().map(Station::phone).orElse(null)),
                session::end, clock, Layout.forTerminal(80, 24), this.language);
        this.scans = new CardScans(session, navigator, shortcuts);
    }

    /** The language in use; listeners hear when a resident switches it. */
    public UiLanguage language() {
        return language;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Who is identified at the kiosk, if anyone (for meal booking, the emergency call …). UI thread. */
    public ResidentSession session() {
        return session;
    }

    /** A code a scanner read: identifies the resident or says why not. UI thread. */
    public void scanned(ScannedCode code) {
        scans.scanned(code);
    }

    /** Reloads the card keys and revocation list from the store; call after each sync round. Any thread. */
    public void cardDataChanged() {
        session.reloadKeys();
    }
}
