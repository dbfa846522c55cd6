package org.menkou.kiosk.screen;

import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.alarm.KioskAlarms;

/**
 * Staff type the station PIN (digits, then 确认) to cancel the call; 返回 goes back without cancelling. Three wrong
 * PINs go back too. The PIN is shown as dots and never spoken.
 */
public final class AlarmPinScreen extends EmergencyScreen {
    private static final int MAX_TRIES = 3;
    private final KioskAlarms alarms;
    private final String alarmId;
    private final StringBuilder typed = new StringBuilder();
    private int wrong;

    AlarmPinScreen(KioskAlarms alarms, String alarmId) {
        super(null);
        this.alarms = alarms;
        this.alarmId = alarmId;
    }

    @Override
    public String title() {
        return "工作人员取消呼叫";
    }

    @Override
    protected String text() {
        return "请工作人员输入站点密码，再按确认。\n按返回键不取消。\n已输入：" + "●".repeat(typed.length());
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
        hint("密码不对，呼叫没有取消。请再输入一次。");
        return Transition.STAY;
    }

    @Override
    protected Transition onBack() {
        return Transition.BACK;
    }

    @Override
    public boolean holdsKiosk() {
        return true;
    }
}
