package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.kiosk.alarm.KioskAlarms;

/**
 * Asks before a call is ended by the confirmed choice ({@link KioskAlarms.Ending#CONFIRMED_CHOICE}): 1 (or 确认)
 * ends it and shows the ended call; 返回 goes back to the call, which goes on.
 */
final class AlarmEndScreen extends Screen implements AlarmPage {
    private final KioskAlarms alarms;
    private final String alarmId;

    AlarmEndScreen(KioskAlarms alarms, String alarmId) {
        this.alarms = alarms;
        this.alarmId = alarmId;
    }

    @Override
    public String title() {
        return Ui.ALARM_END_TITLE.in(language());
    }

    @Override
    protected String text() {
        return Ui.ALARM_END_TEXT.in(language());
    }

    @Override
    protected List<Option> options() {
        return List.of(Option.of(Ui.ALARM_END_CONFIRM.in(language()), () -> {
            alarms.endConfirmed(alarmId);
            return Transition.BACK;
        }));
    }

    @Override
    protected List<String> keyHelp(List<Choice> choices, int pages) {
        return List.of(Ui.ALARM_END_HELP.in(language()));
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
