package org.menkou.admin.alarm;

import java.util.Arrays;

/**
 * How one escalation channel's delivery of one alarm stands, stored by its name in {@code alarm_escalation.state}.
 */
public enum DeliveryState {
    /** Being tried: no try has been made yet, or a try failed and another follows. */
    SENDING,
    /** The channel delivered its message. */
    SENT,
    /** Every try failed. */
    FAILED;

    /**
     * The state stored as {@code name}. A name this version does not know (one a newer version wrote) reads as
     * {@link #FAILED}: the board never claims a delivery it cannot vouch for.
     */
    static DeliveryState ofStored(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(FAILED);
    }
}
