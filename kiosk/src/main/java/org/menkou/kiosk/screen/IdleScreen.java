package org.menkou.kiosk.screen;

/** The idle warning: asks whether the resident needs more time, with the seconds left before going home. */
final class IdleScreen extends Screen {
    private final long secondsLeft;

    IdleScreen(long secondsLeft) {
        this.secondsLeft = secondsLeft;
    }

    long secondsLeft() {
        return secondsLeft;
    }

    @Override
    public String title() {
        return Ui.IDLE_TITLE.in(language());
    }

    @Override
    protected String text() {
        return Ui.IDLE_TEXT.format(language(), secondsLeft);
    }
}
