package org.menkou.admin.alarm;

import java.time.Instant;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.AlarmState;

/**
 * An alarm as the centre stores it.
 *
 * @param seq        the board's id
 * @param alarmId    the id the kiosk generated
 * @param kioskId    the kiosk whose token pushed it
 * @param residentId opaque id of the identified resident, or null; the board shows only the masked name
 * @param source     what raised it at the kiosk
 * @param pressedAt  when it was raised, by the kiosk's clock (the board counts the time elapsed from here)
 * @param receivedAt when the centre stored it, by the server's clock (escalation counts from here)
 */
public record Alarm(long seq, String kioskId, String alarmId, String stationId, String residentId, AlarmSource source,
                    Instant pressedAt, Instant receivedAt, AlarmState state, String acknowledgedBy,
                    Instant acknowledgedAt, String closedBy, Instant closedAt, Instant escalatedAt) {
    public boolean isActive() {
        return !state.isFinal();
    }
}
