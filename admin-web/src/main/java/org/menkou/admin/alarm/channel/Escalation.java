package org.menkou.admin.alarm.channel;

import java.time.Instant;

/**
 * What further responders are told: an alarm nobody acknowledged in time, or a kiosk that went offline or came back
 * ({@link Kind}). No personal data: the resident is only named masked.
 *
 * @param seq             the alarm's id on the board; for a kiosk notice the offline alert's id
 * @param alarmId         unique per message kind and alarm or outage, for the receiver to drop a repeat
 * @param stationName     where the kiosk stands
 * @param kioskLabel      which kiosk
 * @param residentMasked  e.g. 张*英, or null when nobody was identified
 * @param receivedAt      when the centre received it; for a kiosk notice when the kiosk was last heard
 * @param boardUrl        the board's address, or null
 * @param kind            what happened
 */
public record Escalation(long seq, String alarmId, String stationName, String stationPhone, String kioskLabel,
                         String residentMasked, Instant receivedAt, String boardUrl, Kind kind) {
    /** What a message is about; {@link #event()} names it in webhook bodies. */
    public enum Kind {
        ALARM("alarm.escalated"), KIOSK_OFFLINE("kiosk.offline"), KIOSK_ONLINE("kiosk.online");

        private final String event;

        Kind(String event) {
            this.event = event;
        }

        public String event() {
            return event;
        }
    }

    /** An unacknowledged alarm. */
    public Escalation(long seq, String alarmId, String stationName, String stationPhone, String kioskLabel,
                      String residentMasked, Instant receivedAt, String boardUrl) {
        this(seq, alarmId, stationName, stationPhone, kioskLabel, residentMasked, receivedAt, boardUrl, Kind.ALARM);
    }

    /** A kiosk silent past its offline time ({@code backOnline} false) or heard again (true); alert {@code alertId}. */
    public static Escalation kiosk(long alertId, boolean backOnline, String stationName, String stationPhone,
                                   String kioskLabel, Instant lastHeard) {
        Kind kind = backOnline ? Kind.KIOSK_ONLINE : Kind.KIOSK_OFFLINE;
        return new Escalation(alertId, kind.event() + "-" + alertId, stationName, stationPhone, kioskLabel, null,
                lastHeard, null, kind);
    }

    /** One short Chinese sentence for SMS and e-mail subjects. */
    public String sentence() {
        if (kind == Kind.KIOSK_OFFLINE) {
            return "终端离线：" + stationName + " " + kioskLabel + " 自 " + receivedAt + " 起没有消息，请检查网络和电源";
        }
        if (kind == Kind.KIOSK_ONLINE) {
            return "终端恢复：" + stationName + " " + kioskLabel + " 又有消息了";
        }
        return "门口紧急呼叫无人响应：" + stationName + " " + kioskLabel
                + (residentMasked == null ? "" : "，居民 " + residentMasked) + "，请立即处理（呼叫 #" + seq + "）";
    }
}
