package org.menkou.admin.alarm.channel;

import java.time.Instant;

/**
 * What further responders are told about an alarm nobody acknowledged in time. No personal data: the resident is
 * only named masked.
 *
 * @param seq             the alarm's id on the board
 * @param stationName     where the kiosk stands
 * @param kioskLabel      which kiosk
 * @param residentMasked  e.g. 张*英, or null when nobody was identified
 * @param receivedAt      when the centre received it
 * @param boardUrl        the board's address, or null
 */
public record Escalation(long seq, String alarmId, String stationName, String stationPhone, String kioskLabel,
                         String residentMasked, Instant receivedAt, String boardUrl) {
    /** One short Chinese sentence for SMS and e-mail subjects. */
    public String sentence() {
        return "门口紧急呼叫无人响应：" + stationName + " " + kioskLabel
                + (residentMasked == null ? "" : "，居民 " + residentMasked) + "，请立即处理（呼叫 #" + seq + "）";
    }
}
