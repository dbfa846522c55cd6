package org.menkou.content.protocol;

/** Where an alarm stands on the server. */
public enum AlarmState {
    /** Stored and shown on the alarm board; nobody has acknowledged it yet. */
    OPEN,
    /** An advisor or volunteer acknowledged it and is on the way. */
    ACKNOWLEDGED,
    /** Staff closed it on the alarm board. */
    RESOLVED,
    /** Staff cancelled it at the kiosk with the station's staff PIN. */
    CANCELLED;

    /** True for the states after which nothing more happens to the alarm. */
    public boolean isFinal() {
        return this == RESOLVED || this == CANCELLED;
    }
}
