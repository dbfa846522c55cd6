package org.menkou.content.sync;

/**
 * The payload of an {@code alarm-cancel} event: staff cancelled an alarm at the kiosk after entering the station's
 * staff PIN. The event id is {@code cancel-ALARMID}, so a resend is stored once.
 */
public record AlarmCancel(String alarmId) {
    /** The event type of kiosk-side cancels. */
    public static final String TYPE = "alarm-cancel";

    /** The event id of the cancel of {@code alarmId}. */
    public static String eventId(String alarmId) {
        return "cancel-" + alarmId;
    }
}
