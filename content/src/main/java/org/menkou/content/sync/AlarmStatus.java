package org.menkou.content.sync;

/**
 * The server's answer to {@code GET /api/kiosk/v1/alarms/ID} and the {@code result} of an {@code alarm} event.
 *
 * @param id        the alarm id the kiosk generated
 * @param state     where it stands
 * @param escalated true once further responders were notified because nobody acknowledged in time
 */
public record AlarmStatus(String id, AlarmState state, boolean escalated) {
}
