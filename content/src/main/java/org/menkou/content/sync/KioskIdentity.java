package org.menkou.content.sync;

/** Who the server takes a kiosk to be ({@code GET /api/kiosk/v1/me}); {@code heartbeatSeconds} is the interval it expects. */
public record KioskIdentity(String kioskId, String stationId, String stationName, int heartbeatSeconds,
                            long contentVersion) {
}
