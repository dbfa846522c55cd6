package org.menkou.admin.api;

import java.time.Instant;

/**
 * A registered kiosk as the fleet page shows it.
 *
 * @param lastHeartbeat null until the first heartbeat
 */
public record Kiosk(String id, String stationId, String label, Instant registeredAt, String registeredBy,
                    boolean revoked, Instant lastHeartbeat, Long contentVersion, String appVersion,
                    Boolean voiceModelInstalled, String voiceStatus) {
}
