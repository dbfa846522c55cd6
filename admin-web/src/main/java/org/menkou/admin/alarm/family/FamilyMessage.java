package org.menkou.admin.alarm.family;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a family is told about one alarm, in plain Chinese. It names no one: the contact knows whom it concerns, and
 * a message read by the wrong person gives away no more than a station and a time.
 *
 * @param noticeId     stable id of this notice ({@code alarmId/slot/kind}): the same on every try, so a receiver can
 *                     drop a repeat if an answer was lost
 * @param stationName  where the kiosk stands
 * @param stationPhone the station's phone, or null
 * @param pressedAt    when the alarm was raised
 * @param closedAt     when it was closed (RESOLVED only, else null)
 * @param endedAtKiosk true when it was ended at the kiosk rather than resolved by staff
 * @param zone         the centre's time zone, in which times are written
 */
public record FamilyMessage(String noticeId, NoticeKind kind, String stationName, String stationPhone,
                            Instant pressedAt, Instant closedAt, boolean endedAtKiosk, ZoneId zone) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    /** The message: one or two short sentences, for SMS, e-mail and the webhook's {@code text}. */
    public String text() {
        String when = WHEN.format(pressedAt.atZone(zone));
        String phone = stationPhone == null ? "" : "站点电话 " + stationPhone + "。";
        return switch (kind) {
            case RAISED -> "【门口】您的家人于 " + when + " 在" + stationName + "的服务终端发出紧急呼叫，工作人员正在处理。"
                    + phone;
            case RESOLVED -> "【门口】您的家人 " + when + " 在" + stationName + "发出的紧急呼叫"
                    + (endedAtKiosk ? "已在终端结束" : "已由工作人员处理完毕") + "（"
                    + WHEN.format((closedAt == null ? pressedAt : closedAt).atZone(zone)) + "）。" + phone;
        };
    }

    /** A short subject line for e-mail. */
    public String subject() {
        return kind == NoticeKind.RAISED ? "门口：家人发出紧急呼叫，工作人员正在处理" : "门口：家人的紧急呼叫已处理";
    }
}
