package org.menkou.kiosk.screen;

/**
 * The emergency screen, full-screen and red, reachable from every screen with the red button (F12) or 9 on home.
 * Until the emergency call is built (issue #7) it tells the resident plainly what to do. 返回 leaves it, so a
 * resident who pressed by mistake is not stuck.
 */
public class EmergencyScreen extends Screen {
    private final String stationPhone;

    /** @param stationPhone the station's phone number, or null when the kiosk does not know its station */
    public EmergencyScreen(String stationPhone) {
        this.stationPhone = stationPhone;
    }

    @Override
    public String title() {
        return "紧急呼叫";
    }

    @Override
    protected String text() {
        String station = stationPhone == null ? "" : "站点电话：" + stationPhone + "。\n";
        return "！！ 紧急情况 ！！\n"
                + "这台机器还不能直接呼叫工作人员。\n"
                + "请大声叫身边的人帮忙，或请工作人员过来。\n"
                + station
                + "有生命危险，请马上打 120 急救，遇到危险打 110 报警。";
    }

    /** True when the red button should start a new call from this screen (the last call is over). */
    public boolean acceptsNewCall() {
        return false;
    }

    /** True while 0 must not leave this screen (a call in progress); 0 then reaches the screen as a digit. */
    public boolean holdsKiosk() {
        return false;
    }

    @Override
    protected Tone tone() {
        return Tone.ALERT;
    }
}
