package org.menkou.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.alarm.KioskAlarms;

/**
 * The emergency call: full-screen red, its title and words following the alarm's state (正在呼叫工作人员 → 呼叫已发出
 * → 工作人员已收到，正在赶来 → 呼叫已处理 / 呼叫已结束). 返回 and 0 stay on it while the call is on; how the call
 * ends here (confirmed choice, staff PIN, or the board) is {@link KioskAlarms#howToEnd}'s, and the page and its key
 * help say which. A kiosk without a server says at once whom to phone; one with a server says so after 30 s without
 * reaching it, and keeps trying. Once the call is over, 确认, 1 and 返回 go home.
 */
public final class AlarmScreen extends Screen implements AlarmPage {
    private final KioskAlarms alarms;
    private final String alarmId;
    private final String stationPhone;
    private final boolean pressedAgain;

    /**
     * @param stationPhone the station's phone number, or null when the kiosk does not know its station
     * @param pressedAgain true when this press found the call already on (the page says it is the same call)
     */
    public AlarmScreen(KioskAlarms alarms, KioskAlarm alarm, String stationPhone, boolean pressedAgain) {
        this.alarms = alarms;
        this.alarmId = alarm.id();
        this.stationPhone = stationPhone;
        this.pressedAgain = pressedAgain;
    }

    private KioskAlarm alarm() {
        return alarms.find(alarmId).orElseThrow();
    }

    private boolean over() {
        KioskAlarm.Phase p = alarm().phase();
        return p == KioskAlarm.Phase.RESOLVED || p == KioskAlarm.Phase.CANCELLED;
    }

    @Override
    protected void onShow() {
        if (pressedAgain && !over()) {
            hint(Ui.ALARM_HINT_AGAIN.in(language()));
        }
    }

    @Override
    public String title() {
        KioskAlarm.Phase phase = alarm().phase();
        if (!alarms.hasServer() && !over()) {
            return Ui.ALARM_TITLE_PHONE.in(language());
        }
        return (switch (phase) {
            case CALLING -> Ui.ALARM_TITLE_CALLING;
            case SENT -> Ui.ALARM_TITLE_SENT;
            case ACKNOWLEDGED -> Ui.ALARM_TITLE_ACKNOWLEDGED;
            case RESOLVED -> Ui.ALARM_TITLE_RESOLVED;
            case CANCELLED -> Ui.ALARM_TITLE_ENDED;
        }).in(language());
    }

    @Override
    protected String text() {
        KioskAlarm a = alarm();
        List<String> lines = new ArrayList<>();
        if (over()) {
            lines.add((a.phase() == KioskAlarm.Phase.RESOLVED ? Ui.ALARM_RESOLVED : Ui.ALARM_ENDED).in(language()));
            return String.join("\n", lines);
        }
        lines.add(Ui.ALARM_BANNER.in(language()));
        String phone = stationPhone == null ? ""
                : Ui.ALARM_STATION_PHONE.format(language(), stationPhone.replace(' ', '\u00A0'));
        if (!alarms.hasServer()) {
            lines.add(Ui.ALARM_STANDALONE.in(language()) + phone);
        } else {
            lines.add((switch (a.phase()) {
                case SENT -> Ui.ALARM_SENT;
                case ACKNOWLEDGED -> Ui.ALARM_ACKNOWLEDGED;
                default -> Ui.ALARM_CALLING;
            }).in(language()));
            if (a.escalated()) {
                lines.add(Ui.ALARM_ESCALATED.in(language()));
            }
            if (alarms.unreachable(a)) {
                lines.add(Ui.ALARM_UNREACHABLE.in(language()) + phone);
            }
        }
        lines.add(Ui.ALARM_EMERGENCY_NUMBERS.in(language()));
        if (!alarms.hasServer()) {
            lines.add(Ui.ALARM_NOTED.in(language()));
        }
        lines.add((alarms.howToEnd(a) == KioskAlarms.Ending.CONFIRMED_CHOICE ? Ui.ALARM_MISTAKE_END : Ui.ALARM_MISTAKE_WAIT)
                .in(language()));
        return String.join("\n", lines);
    }

    @Override
    protected List<Option> options() {
        if (over()) {
            return List.of(Option.of(Ui.BACK_TO_HOME.in(language()), () -> Transition.HOME));
        }
        return switch (alarms.howToEnd(alarm())) {
            case CONFIRMED_CHOICE -> List.of(Option.of(Ui.ALARM_END.in(language()),
                    () -> Transition.push(new AlarmEndScreen(alarms, alarmId))));
            case STAFF_PIN -> List.of(Option.of(Ui.ALARM_STAFF_END.in(language()),
                    () -> Transition.push(new AlarmPinScreen(alarms, alarmId))));
            case BOARD -> List.of();
        };
    }

    @Override
    protected List<String> keyHelp(List<Choice> choices, int pages) {
        if (over()) {
            return List.of(Ui.ALARM_HELP_OVER.in(language()));
        }
        List<String> help = new ArrayList<>();
        help.add((switch (alarms.howToEnd(alarm())) {
            case CONFIRMED_CHOICE -> Ui.ALARM_HELP_END;
            case STAFF_PIN -> Ui.ALARM_HELP_STAFF_PIN;
            case BOARD -> Ui.ALARM_HELP_BOARD;
        }).in(language()));
        if (pages > 1) {
            help.add(Ui.HELP_PAGES.in(language()));
        }
        help.add(Ui.ALARM_HELP_HELD.in(language()));
        return help;
    }

    @Override
    protected Transition onBack() {
        if (over()) {
            return Transition.HOME;
        }
        hint(Ui.ALARM_HINT_HELD.in(language()));
        return Transition.STAY;
    }

    @Override
    protected Tone tone() {
        return over() ? Tone.NORMAL : Tone.ALERT;
    }

    @Override
    public boolean holdsKiosk() {
        return !over();
    }
}
