package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each {@code with…} of the settings changes its one setting and keeps every other. */
class AdminSettingsTest {
    @Test
    void everyWithKeepsTheOtherSettings() {
        ZoneId utc = ZoneId.of("UTC");
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), utc);
        AdminSettings s = AdminSettings.defaults(Path.of("data")).withZone(utc).withClock(clock)
                .withSecureCookies(true).withHeartbeat(Duration.ofSeconds(5)).withBcryptCost(4)
                .withSnapshotThreshold(7);
        assertThat(s).isEqualTo(new AdminSettings(Path.of("data"), Duration.ofSeconds(5), true, 4, 7, clock, utc));
    }
}
