package org.menkou.content.protocol;

/** Who the server takes a kiosk to be ({@code GET} {@link KioskApiPaths#ME}); {@code heartbeatSeconds} is the interval it expects. */
public record KioskIdentity(String kioskId, String stationId, String stationName, int heartbeatSeconds,
                            long contentVersion) {
}
