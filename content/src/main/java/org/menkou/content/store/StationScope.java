package org.menkou.content.store;

import java.util.Collection;
import java.util.Optional;

/**
 * Where a kiosk stands: its station and that station's centre, if it has one. Content offered at either is local
 * to the kiosk.
 */
public record StationScope(String stationId, Optional<String> centreId) {
    /** True when {@code stations} names the kiosk's station or its centre. */
    public boolean includesAny(Collection<String> stations) {
        return stations.contains(stationId) || centreId.filter(stations::contains).isPresent();
    }
}
