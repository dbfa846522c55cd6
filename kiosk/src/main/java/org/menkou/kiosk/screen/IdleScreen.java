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
        return "还需要更多时间吗？";
    }

    @Override
    protected String text() {
        return "还需要更多时间吗？按确认继续。\n" + secondsLeft + " 秒后回到首页。";
    }
}
