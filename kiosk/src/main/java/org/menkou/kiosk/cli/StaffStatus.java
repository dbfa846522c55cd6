package org.menkou.kiosk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/**
 * The few words for staff at the top right of the kiosk: the server cannot be reached (离线) and the emergency button
 * device is out of order, both at once when both hold, in the kiosk's language. Residents are not alarmed by it.
 * Every method runs on the GUI thread; each change shows the whole status again through {@code show}.
 */
final class StaffStatus {
    private final Consumer<String> show;
    private VoiceLanguage language;
    private boolean offline;
    private boolean buttonUnusable;

    StaffStatus(Consumer<String> show, VoiceLanguage language) {
        this.show = show;
        this.language = language;
    }

    void offline(boolean now) {
        offline = now;
        show.accept(text());
    }

    void buttonUnusable() {
        buttonUnusable = true;
        show.accept(text());
    }

    void language(VoiceLanguage now) {
        language = now;
        show.accept(text());
    }

    /** The status as shown now; empty when all is well. */
    String text() {
        List<String> parts = new ArrayList<>();
        if (offline) {
            parts.add(Ui.STATUS_OFFLINE.in(language));
        }
        if (buttonUnusable) {
            parts.add(Ui.STATUS_BUTTON_UNUSABLE.in(language));
        }
        return String.join(Ui.STATUS_SEPARATOR.in(language), parts);
    }
}
