package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.alarm.KioskAlarms;

/**
 * Staff type the station PIN (digits, then 确认) to end the call; 返回 goes back without ending it. Three wrong
 * PINs go back too. The PIN is shown as dots and never spoken.
 */
final class AlarmPinScreen extends Screen implements AlarmPage {
    private static final int MAX_TRIES = 3;
    private final KioskAlarms alarms;
    private final String alarmId;
    private final StringBuilder typed = new StringBuilder();
    private int wrong;

    AlarmPinScreen(KioskAlarms alarms, String alarmId) {
        this.alarms = alarms;
        this.alarmId = alarmId;
    }

    @Override
    public String title() {
        return Ui.ALARM_STAFF_END.in(language());
    }

    @Override
    protected String text() {
        return Ui.ALARM_PIN_TEXT.format(language(), "●".repeat(typed.length()));
    }

    @Override
    protected Transition onKey(KioskKey key) {
        if (key.digit().isPresent()) {
            if (typed.length() < 8) {
                typed.append(key.digit().get());
            }
            return Transition.STAY;
        }
        if (key != KioskKey.CONFIRM) {
            return null;
        }
        String pin = typed.toString();
        typed.setLength(0);
        if (alarms.cancel(alarmId, pin)) {
            return Transition.BACK;
        }
        if (++wrong >= MAX_TRIES) {
            return Transition.BACK;
        }
        hint(Ui.ALARM_PIN_WRONG.in(language()));
        return Transition.STAY;
    }

    @Override
    protected List<String> keyHelp(List<Choice> choices, int pages) {
        return List.of(Ui.ALARM_PIN_HELP.in(language()));
    }

    @Override
    protected Tone tone() {
        return Tone.ALERT;
    }

    @Override
    public boolean holdsKiosk() {
        return true;
    }
}
