package org.menkou.voice.dialog;

import java.util.List;
import java.util.stream.Collectors;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Phrase;
import org.menkou.voice.VoiceLanguage;

/** The sentences the listener says itself: the re-prompt and the key hint after two misses. */
final class Prompts {
    private Prompts() {
    }

    static String sayAgain(VoiceLanguage language) {
        return language.isChinese() ? "没听清，请再说一遍。" : "Sorry, I did not catch that. Please say it again.";
    }

    /** Asks for confirmation after a read-back. */
    static String confirmQuestion(VoiceLanguage language) {
        return language.isChinese() ? "请说“确认”或按确认键；不对请说“取消”。" : "Say \"confirm\" or press the confirm key; say \"cancel\" if it is wrong.";
    }

    /** Which digit key does what on this screen, and how to call for help. */
    static String keyHint(VoiceLanguage language, List<Phrase> phrases) {
        List<Phrase> keyed = phrases.stream().filter(p -> p.digitKey() > 0).toList();
        String emergency = GlobalCommand.EMERGENCY.phrases(language).get(0);
        if (language.isChinese()) {
            String keys = keyed.isEmpty() ? "请用按键操作。"
                    : "请按数字键：" + keyed.stream().map(p -> "按" + p.digitKey() + "，" + p.text())
                    .collect(Collectors.joining("；")) + "。";
            return keys + "需要帮助，请说“" + emergency + "”，或按红色按钮。";
        }
        String keys = keyed.isEmpty() ? "Please use the keys."
                : "Please press a digit key: " + keyed.stream().map(p -> p.digitKey() + " for " + p.text())
                .collect(Collectors.joining(", ")) + ".";
        return keys + " For help, say \"" + emergency + "\" or press the red button.";
    }
}
