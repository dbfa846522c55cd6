package org.menkou.admin.api;

import java.time.Instant;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.content.protocol.UpdateReport;

/**
 * A registered kiosk as the fleet page shows it.
 *
 * @param lastHeartbeat null until the first heartbeat
 * @param device        from the latest heartbeat; null until a kiosk reports it
 * @param update        from the latest heartbeat; null until a kiosk reports it
 */
public record Kiosk(String id, String stationId, String label, Instant registeredAt, String registeredBy,
                    boolean revoked, Instant lastHeartbeat, Long contentVersion, String appVersion,
                    Boolean voiceModelInstalled, String voiceStatus, DeviceReport device, UpdateReport update) {
}
