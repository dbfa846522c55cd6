package org.menkou.kiosk.session;

import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Ui;

/** What the kiosk says after a scan that identified nobody: the sentence for its kind, never the code itself. */
final class ScanRefusedScreen extends Screen {
    private final ScanRefusal refusal;

    ScanRefusedScreen(ScanRefusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public String title() {
        return Ui.HOME_SCAN.in(language());
    }

    @Override
    protected String text() {
        return Ui.SCAN_REFUSED.format(language(), refusal.sentence(language()));
    }
}
