package org.menkou.content.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kiosk API's paths are the wire contract of docs/api.md: kiosks already in the field call exactly these. */
class KioskApiPathsTest {
    @Test
    void thePathsAreThoseOfTheDocumentedApi() {
        assertThat(KioskApiPaths.ME).isEqualTo("/api/kiosk/v1/me");
        assertThat(KioskApiPaths.EVENTS).isEqualTo("/api/kiosk/v1/events");
        assertThat(KioskApiPaths.content(42, 500)).isEqualTo("/api/kiosk/v1/content?since=42&limit=500");
        assertThat(KioskApiPaths.ALARM).isEqualTo("/api/kiosk/v1/alarms/{id}");
        assertThat(KioskApiPaths.alarm("0b6c-41")).isEqualTo("/api/kiosk/v1/alarms/0b6c-41");
        assertThat(KioskApiPaths.RESIDENT_BOOKINGS).isEqualTo("/api/kiosk/v1/bookings/of-resident");
    }
}
