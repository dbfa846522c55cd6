package org.menkou.kiosk.session;

import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.voice.VoiceLanguage;

/**
 * The hook through which other features add their shortcuts to the greeting screen of an identified resident, e.g.
 * meal booking's 订餐 and 我的订餐. Called on the UI thread each time the greeting is shown; at most three shortcuts
 * are shown (the greeting keeps room for its own choices within the six of a screen).
 */
public interface ResidentShortcuts {
    /** No shortcuts: the greeting offers only its own choices. */
    ResidentShortcuts NONE = (resident, language) -> List.of();

    /** The shortcuts, news and notices of {@code first}, then those of {@code second}. */
    static ResidentShortcuts both(ResidentShortcuts first, ResidentShortcuts second) {
        return new ResidentShortcuts() {
            @Override
            public List<Option> forResident(IdentifiedResident resident, VoiceLanguage language) {
                return java.util.stream.Stream.concat(first.forResident(resident, language).stream(),
                        second.forResident(resident, language).stream()).toList();
            }

            @Override
            public List<String> news(IdentifiedResident resident, VoiceLanguage language) {
                return java.util.stream.Stream.concat(first.news(resident, language).stream(),
                        second.news(resident, language).stream()).toList();
            }

            @Override
            public void identified(IdentifiedResident resident, String card) {
                first.identified(resident, card);
                second.identified(resident, card);
            }

            @Override
            public void ended() {
                first.ended();
                second.ended();
            }
        };
    }

    /**
     * The shortcuts for {@code resident}, in the order shown, labelled in {@code language}; labels short (at most
     * ~8 Chinese characters).
     */
    List<Option> forResident(IdentifiedResident resident, VoiceLanguage language);

    /**
     * Short lines in {@code language} the greeting tells {@code resident} first, e.g. how bookings made while the
     * kiosk was offline were settled; none by default.
     */
    default List<String> news(IdentifiedResident resident, VoiceLanguage language) {
        return List.of();
    }

    /**
     * Told on the UI thread when a card just identified {@code resident}; {@code card} is the scanned payload (e.g.
     * to ask the server for their bookings made elsewhere). Must return at once; nothing by default.
     */
    default void identified(IdentifiedResident resident, String card) {
    }

    /**
     * Told on the UI thread when the session of the resident identified before ended (they finished, 0/返回 on the
     * greeting, idle timeout, or another code was scanned): forget what was fetched for them. Must return at once;
     * nothing by default.
     */
    default void ended() {
    }
}
