package org.menkou.admin.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets by hand; safe to read from server threads while the test moves it. */
public final class SettableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant value) {
        now = value;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        SettableClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return z;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
