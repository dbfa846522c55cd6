package org.menkou.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.pinyin.PhraseMatcher;
import org.menkou.voice.pinyin.PinyinKeys;

/**
 * Voice at text level: a Chinese text as the recogniser returns it (words split by spaces) matched by the voice
 * module's phrase matcher against a page's phrases plus the global commands, and the key it stands for.
 */
public final class SpokenText {
    private static final PinyinKeys PINYIN = new PinyinKeys();

    private SpokenText() {
    }

    /** The key {@code recognised} presses on {@code view}; fails unless the matcher finds exactly one phrase. */
    public static KioskKey keyFor(ScreenView view, String recognised) {
        Map<String, KioskKey> phrases = view.phrases();
        List<String> all = new ArrayList<>(phrases.keySet());
        for (GlobalCommand c : GlobalCommand.values()) {
            all.addAll(c.phrases(VoiceLanguage.ZH_CN));
        }
        PhraseMatcher.Match m = new PhraseMatcher(VoiceLanguage.ZH_CN, PINYIN, all).match(recognised);
        assertThat(m.outcome()).as("'%s' on %s (%s)", recognised, view.title(), all).isEqualTo(PhraseMatcher.Outcome.MATCHED);
        return phrases.containsKey(m.phrase()) ? phrases.get(m.phrase()) : global(m.phrase());
    }

    private static KioskKey global(String phrase) {
        for (GlobalCommand c : GlobalCommand.values()) {
            if (c.phrases(VoiceLanguage.ZH_CN).contains(phrase)) {
                return switch (c) {
                    case CONFIRM -> KioskKey.CONFIRM;
                    case BACK, CANCEL -> KioskKey.BACK;
                    case HOME -> KioskKey.DIGIT_0;
                    default -> c.number() > 0 ? KioskKey.ofDigit(c.number()) : null;
                };
            }
        }
        throw new AssertionError("no command " + phrase);
    }
}
