package org.menkou.kiosk.session;

import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.screen.AlarmPage;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.RequestOffer;

/**
 * Turns scanned codes into what the resident sees: from any screen, a valid card opens the greeting over a fresh home
 * screen (switching from anyone identified before); any other code opens the sentence for its kind. During an
 * emergency call a scan is ignored. UI thread only.
 */
public final class CardScans {
    private final CardSession session;
    private final Navigator navigator;
    private final ResidentShortcuts shortcuts;
    private final RequestOffer requests;

    /** @param requests what policy pages reached from the greeting offer to do */
    public CardScans(CardSession session, Navigator navigator, ResidentShortcuts shortcuts, RequestOffer requests) {
        this.session = session;
        this.navigator = navigator;
        this.shortcuts = shortcuts;
        this.requests = requests;
    }

    /** Handles one scanned code; returns false when it was ignored (an emergency screen is open). */
    public boolean scanned(ScannedCode code) {
        if (navigator.current() instanceof AlarmPage) {
            return false;
        }
        CardSession.ScanOutcome outcome = session.scan(code.text());
        outcome.resident().ifPresent(r -> shortcuts.identified(r, code.text()));
        navigator.showOverHome(outcome.resident()
                .<org.menkou.kiosk.screen.Screen>map(r -> new GreetingScreen(r, session, shortcuts, requests))
                .orElseGet(() -> new ScanRefusedScreen(outcome.refusal())));
        return true;
    }
}
