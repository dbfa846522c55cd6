package org.menkou.admin.alarm;

import java.time.Instant;
import org.menkou.content.sync.AlarmState;

/**
 * An alarm as the centre stores it.
 *
 * @param seq        the board's id
 * @param alarmId    the id the kiosk generated
 * @param residentId opaque id of the identified resident, or null; the board shows only the masked name
 */
public record Alarm(long seq, String kioskId, String alarmId, String stationId, String residentId, String source,
                    Instant pressedAt, Instant receivedAt, AlarmState state, String acknowledgedBy,
                    Instant acknowledgedAt, String closedBy, Instant closedAt, Instant escalatedAt) {
    public boolean isActive() {
        return !state.isFinal();
    }
}
