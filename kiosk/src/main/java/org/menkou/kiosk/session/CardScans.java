package org.menkou.kiosk.session;

import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.screen.AlarmPage;
import org.menkou.kiosk.screen.Navigator;

/**
 * Turns scanned codes into what the resident sees: from any screen, a valid card opens the greeting over a fresh home
 * screen (switching from anyone identified before); any other code opens the sentence for its kind. During an
 * emergency call a scan is ignored. UI thread only.
 */
public final class CardScans {
    private final CardSession session;
    private final Navigator navigator;
    private final ResidentShortcuts shortcuts;

    public CardScans(CardSession session, Navigator navigator, ResidentShortcuts shortcuts) {
        this.session = session;
        this.navigator = navigator;
        this.shortcuts = shortcuts;
    }

    /** Handles one scanned code; returns false when it was ignored (an emergency screen is open). */
    public boolean scanned(ScannedCode code) {
        if (navigator.current() instanceof AlarmPage) {
            return false;
        }
        CardSession.ScanOutcome outcome = session.scan(code.text());
        outcome.resident().ifPresent(r -> shortcuts.identified(r, code.text()));
        navigator.showOverHome(outcome.resident()
                .<org.menkou.kiosk.screen.Screen>map(r -> new GreetingScreen(r, session, shortcuts))
                .orElseGet(() -> new ScanRefusedScreen(outcome.refusal())));
        return true;
    }
}
