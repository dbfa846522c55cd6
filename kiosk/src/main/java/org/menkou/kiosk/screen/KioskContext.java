package org.menkou.kiosk.screen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;
import org.menkou.voice.VoiceLanguage;

/**
 * What screens read from: the local content store, the kiosk's clock (in the station's time zone), the station
 * the kiosk stands in (may be unknown on a kiosk run straight from a data directory), the language in use and
 * whether spoken commands are heard (screens invite speaking only then), and what the content pages offer to do
 * ({@link RequestOffer#NONE} where the kiosk takes no requests).
 */
public record KioskContext(ContentStore store, Clock clock, String stationId, UiLanguage language, VoiceInput voice,
                           RequestOffer requests) {
    /** A context in Chinese, the default language, not listening, taking no requests. */
    public KioskContext(ContentStore store, Clock clock, String stationId) {
        this(store, clock, stationId, new UiLanguage(VoiceLanguage.ZH_CN), VoiceInput.keysOnly(), RequestOffer.NONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Station> station() {
        return stationId == null ? Optional.empty() : store.stations().find(stationId);
    }
}
