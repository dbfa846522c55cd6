package org.menkou.voice.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.Phrase;
import org.menkou.voice.VoiceLanguage;

/** The texts one listen turn accepts, each mapped to what it means: a screen phrase or a global command. Immutable. */
final class PhraseTable {
    private final Map<String, Object> meaning = new LinkedHashMap<>();

    PhraseTable(VoiceLanguage language, List<Phrase> screenPhrases, boolean globalCommands) {
        for (Phrase phrase : screenPhrases) {
            meaning.putIfAbsent(phrase.text(), phrase);
        }
        if (globalCommands) {
            for (GlobalCommand command : GlobalCommand.values()) {
                command.phrases(language).forEach(text -> meaning.putIfAbsent(text, command));
            }
        }
    }

    /** Only the barge-in commands (救命, 紧急呼叫). */
    static PhraseTable bargeIn(VoiceLanguage language) {
        PhraseTable table = new PhraseTable(language, List.of(), false);
        for (GlobalCommand command : GlobalCommand.values()) {
            if (command.bargesIn()) {
                command.phrases(language).forEach(text -> table.meaning.put(text, command));
            }
        }
        return table;
    }

    List<String> texts() {
        return new ArrayList<>(meaning.keySet());
    }

    /** What {@code text} (one of {@link #texts}) means, as a hit. */
    Heard hit(String text, String recognised, double confidence) {
        Object target = meaning.get(text);
        if (target instanceof Phrase phrase) {
            return new Heard.ScreenPhrase(phrase, recognised, confidence);
        }
        return new Heard.Command((GlobalCommand) target, recognised, confidence);
    }
}
