package org.menkou.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.menkou.content.CentreZone;

/**
 * Settings of one admin server.
 *
 * @param dataDir            where the initial admin password file is written
 * @param heartbeat          the heartbeat interval kiosks are told to use; a kiosk silent for 3 intervals is stale
 * @param secureCookies      mark cookies Secure (when served over HTTPS through a proxy)
 * @param bcryptCost         bcrypt work factor (12 in production; tests use less)
 * @param snapshotThreshold  a kiosk more than this many versions behind gets a full snapshot instead of a delta
 * @param clock              time source for sessions, audit, heartbeats
 * @param zone               the centre's time zone: every date and time staff see is shown in it
 */
public record AdminSettings(Path dataDir, Duration heartbeat, boolean secureCookies, int bcryptCost,
                            long snapshotThreshold, Clock clock, ZoneId zone) {
    /** The time zone of the centres Menkou is made for, the default of {@link #zone}. */
    public static final ZoneId CENTRE_ZONE = CentreZone.DEFAULT;

    /** Settings in the centre's default time zone. */
    public AdminSettings(Path dataDir, Duration heartbeat, boolean secureCookies, int bcryptCost, long snapshotThreshold,
                         Clock clock) {
        this(dataDir, heartbeat, secureCookies, bcryptCost, snapshotThreshold, clock, CENTRE_ZONE);
    }

    public static AdminSettings defaults(Path dataDir) {
        return new AdminSettings(dataDir, Duration.ofSeconds(30), false, 12, 5_000, Clock.systemUTC(), CENTRE_ZONE);
    }

    public AdminSettings withZone(ZoneId value) {
        return new AdminSettings(dataDir, heartbeat, secureCookies, bcryptCost, snapshotThreshold, clock, value);
    }

    public AdminSettings withHeartbeat(Duration value) {
        return new AdminSettings(dataDir, value, secureCookies, bcryptCost, snapshotThreshold, clock, zone);
    }

    public AdminSettings withSecureCookies(boolean value) {
        return new AdminSettings(dataDir, heartbeat, value, bcryptCost, snapshotThreshold, clock, zone);
    }

    public AdminSettings withClock(Clock value) {
        return new AdminSettings(dataDir, heartbeat, secureCookies, bcryptCost, snapshotThreshold, value, zone);
    }

    public AdminSettings withBcryptCost(int value) {
        return new AdminSettings(dataDir, heartbeat, secureCookies, value, snapshotThreshold, clock, zone);
    }

    public AdminSettings withSnapshotThreshold(long value) {
        return new AdminSettings(dataDir, heartbeat, secureCookies, bcryptCost, value, clock, zone);
    }
}
