package org.menkou.content;

import java.time.ZoneId;

/**
 * The time zone of the centres Menkou is made for: what kiosk and server take for today, tomorrow, cut-offs and the
 * times staff see, unless each is given another with its {@code --time-zone}. One default for both, so a kiosk and its
 * server agree on what "明天" is whatever zone their machines' clocks are set to.
 */
public final class CentreZone {
    /** The zone's id, for option defaults. */
    public static final String DEFAULT_ID = "Asia/Shanghai";
    public static final ZoneId DEFAULT = ZoneId.of(DEFAULT_ID);

    private CentreZone() {
    }
}
