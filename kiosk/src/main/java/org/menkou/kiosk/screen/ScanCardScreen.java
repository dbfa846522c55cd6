package org.menkou.kiosk.screen;

/** 刷码: tells the resident how to scan their card. A scan from any screen identifies them (see the session package). */
final class ScanCardScreen extends Screen {
    @Override
    public String title() {
        return Ui.HOME_SCAN.in(language());
    }

    @Override
    protected String text() {
        return Ui.SCAN_TEXT.in(language());
    }
}
