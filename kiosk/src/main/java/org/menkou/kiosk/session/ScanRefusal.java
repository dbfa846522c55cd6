package org.menkou.kiosk.session;

import org.menkou.content.card.CardKind;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/** Why a scan identified nobody, worded in the kiosk's languages (the Chinese is {@link CardKind#sentence()}). */
enum ScanRefusal {
    NO_KEY(Ui.SCAN_NO_KEY), UNKNOWN_RESIDENT(Ui.SCAN_UNKNOWN_RESIDENT), EXPIRED(Ui.SCAN_EXPIRED),
    REVOKED(Ui.SCAN_REVOKED), FORGED(Ui.SCAN_FORGED), FOREIGN(Ui.SCAN_FOREIGN), NONE(Ui.SCAN_NONE);

    private final Ui words;

    ScanRefusal(Ui words) {
        this.words = words;
    }

    /** The refusal for a card check of {@code kind}, which must not identify anyone. */
    static ScanRefusal of(CardKind kind) {
        return switch (kind) {
            case EXPIRED -> EXPIRED;
            case REVOKED -> REVOKED;
            case FORGED -> FORGED;
            case FOREIGN -> FOREIGN;
            case NONE -> NONE;
            case RESIDENT_CARD -> throw new IllegalArgumentException("a resident card is not refused");
        };
    }

    String sentence(VoiceLanguage language) {
        return words.in(language);
    }
}
