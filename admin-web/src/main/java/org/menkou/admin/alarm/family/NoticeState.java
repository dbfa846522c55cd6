package org.menkou.admin.alarm.family;

import java.util.Arrays;

/** How one family notice stands, stored by name in {@code family_notice.state}. */
public enum NoticeState {
    /** Owed: not tried yet, or a try failed and another follows. */
    PENDING,
    /** Delivered. */
    SENT,
    /** Every try failed (or its channel cannot be used here). */
    FAILED;

    /** The state stored as {@code name}; a name this version does not know reads as {@link #FAILED}. */
    static NoticeState ofStored(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(FAILED);
    }
}
