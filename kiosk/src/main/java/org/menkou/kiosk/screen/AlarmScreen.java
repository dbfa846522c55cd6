package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.alarm.KioskAlarm;
import org.menkou.kiosk.alarm.KioskAlarms;

/**
 * The emergency call in progress: full-screen red, its title and words following the alarm's state
 * (正在呼叫工作人员 → 呼叫已发出 → 工作人员已收到，正在赶来 → 已处理). A resident cannot leave or cancel it: 返回 and 0 are
 * refused while the call is on; staff cancel with the station PIN (1) or on the alarm board. After 30 s without
 * reaching the server it says plainly whom to phone, and keeps trying.
 */
public final class AlarmScreen extends EmergencyScreen {
    private final KioskAlarms alarms;
    private final String alarmId;
    private final String stationPhone;

    public AlarmScreen(KioskAlarms alarms, KioskAlarm alarm, String stationPhone) {
        super(stationPhone);
        this.alarms = alarms;
        this.alarmId = alarm.id();
        this.stationPhone = stationPhone;
    }

    private KioskAlarm alarm() {
        return alarms.find(alarmId).orElseThrow();
    }

    private boolean over() {
        KioskAlarm.Phase p = alarm().phase();
        return p == KioskAlarm.Phase.RESOLVED || p == KioskAlarm.Phase.CANCELLED;
    }

    @Override
    public String title() {
        return switch (alarm().phase()) {
            case CALLING -> "正在呼叫工作人员";
            case SENT -> "呼叫已发出";
            case ACKNOWLEDGED -> "工作人员已收到，正在赶来";
            case RESOLVED -> "呼叫已处理";
            case CANCELLED -> "呼叫已取消";
        };
    }

    @Override
    protected String text() {
        KioskAlarm a = alarm();
        String phone = stationPhone == null ? "" : "站点电话 " + stationPhone + "。";
        String body = switch (a.phase()) {
            case CALLING -> "！！ 紧急呼叫 ！！\n正在呼叫工作人员，请不要走开。";
            case SENT -> "！！ 紧急呼叫 ！！\n呼叫已发出，正在等工作人员回应。请留在这里。";
            case ACKNOWLEDGED -> "！！ 紧急呼叫 ！！\n工作人员已收到，正在赶来。请留在这里。";
            case RESOLVED -> "工作人员已处理这次呼叫。\n按返回键回首页。";
            case CANCELLED -> "这次呼叫已由工作人员取消。\n按返回键回首页。";
        };
        if (a.escalated() && !over()) {
            body += "\n已通知更多工作人员。";
        }
        if (!over() && alarms.unreachable(a)) {
            body += "\n暂时联系不上服务中心，机器会一直重试。请大声叫身边的人帮忙，" + phone;
        }
        if (!over()) {
            body += "\n有生命危险请马上打 120 急救，遇到危险打 110 报警。";
        }
        return body;
    }

    @Override
    protected List<Option> options() {
        if (over() || !alarms.cancelAvailable()) {
            return List.of();
        }
        return List.of(Option.of("工作人员取消", () -> Transition.push(new AlarmPinScreen(alarms, alarmId))));
    }

    @Override
    protected Transition onBack() {
        if (over()) {
            return Transition.HOME;
        }
        hint("呼叫不能由居民取消，工作人员会来处理。");
        return Transition.STAY;
    }

    @Override
    protected Tone tone() {
        return over() ? Tone.NORMAL : Tone.ALERT;
    }

    @Override
    public boolean acceptsNewCall() {
        return over();
    }

    @Override
    public boolean holdsKiosk() {
        return !over();
    }
}
