package org.menkou.kiosk.screen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;

/**
 * What screens read from: the local content store, the kiosk's clock (in the station's time zone) and the station
 * the kiosk stands in (may be unknown on a kiosk run straight from a data directory).
 */
public record KioskContext(ContentStore store, Clock clock, String stationId) {
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Station> station() {
        return stationId == null ? Optional.empty() : store.stations().find(stationId);
    }
}
