package org.menkou.kiosk.alarm;

import java.time.Instant;
import org.menkou.content.protocol.AlarmEnding;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.AlarmState;

/**
 * One alarm as the kiosk knows it.
 *
 * @param delivered       null until the server acknowledged receipt
 * @param serverState     null until the server answered
 * @param escalated       true once the server reported that an escalation channel really delivered
 * @param cancelRequested null unless the call was ended here
 * @param endedBy         how it was ended here, or null
 */
public record KioskAlarm(String id, String kioskId, String stationId, String residentId, AlarmSource source,
                         Instant pressedAt, Instant delivered, AlarmState serverState, boolean escalated,
                         Instant cancelRequested, boolean cancelDelivered, AlarmEnding endedBy) {
    /** What the resident is told, in order. */
    public enum Phase {
        /** Written here, not yet received by the server. */
        CALLING,
        /** The server has it; nobody acknowledged yet. */
        SENT,
        /** Staff acknowledged: someone is coming. */
        ACKNOWLEDGED,
        /** Staff closed it. */
        RESOLVED,
        /** Ended at the kiosk (staff PIN, or the confirmed choice where no PIN is set) or cancelled on the server. */
        CANCELLED
    }

    public Phase phase() {
        if (serverState == AlarmState.RESOLVED) {
            return Phase.RESOLVED;
        }
        if (serverState == AlarmState.CANCELLED || cancelRequested != null) {
            return Phase.CANCELLED;
        }
        if (serverState == AlarmState.ACKNOWLEDGED) {
            return Phase.ACKNOWLEDGED;
        }
        return delivered == null ? Phase.CALLING : Phase.SENT;
    }

    /** True when nothing more needs sending or asking for this alarm. */
    public boolean isFinished() {
        return serverState != null && serverState.isFinal() && (cancelRequested == null || cancelDelivered);
    }
}
