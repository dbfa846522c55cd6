package org.menkou.content.protocol;

/**
 * The payload of an {@code alarm-cancel} event: the call was ended at the kiosk. The event id is
 * {@code cancel-ALARMID}, so a resend is stored once.
 *
 * @param ending how it was ended; null from kiosks that only knew the staff PIN (read as {@link AlarmEnding#STAFF_PIN})
 */
public record AlarmCancel(String alarmId, AlarmEnding ending) {
    public AlarmCancel {
        if (ending == null) {
            ending = AlarmEnding.STAFF_PIN;
        }
    }

    /** The event type of kiosk-side cancels. */
    public static final String TYPE = "alarm-cancel";

    /** The event id of the cancel of {@code alarmId}. */
    public static String eventId(String alarmId) {
        return "cancel-" + alarmId;
    }
}
