package org.menkou.kiosk.screen;

import java.util.List;

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

    /** The navigator takes any key here as "still here" (返回 and 0 included), so the help says just that. */
    @Override
    protected List<String> keyHelp(List<Choice> choices, int pages) {
        return List.of(Ui.IDLE_HELP.in(language()));
    }
}
