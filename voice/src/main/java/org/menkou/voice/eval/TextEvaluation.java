package org.menkou.voice.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.pinyin.PhraseMatcher;
import org.menkou.voice.pinyin.PinyinKeys;

/**
 * Evaluates the phrase matcher alone: each row is (recognised text, expected phrase — empty when the text must be
 * rejected); the phrases are the distinct expected phrases plus the global commands.
 */
public final class TextEvaluation {
    private TextEvaluation() {
    }

    /** Runs the evaluation, writing one line per row to {@code perRow}. */
    public static EvalSummary run(Path tsv, VoiceLanguage language, Consumer<String> perRow) throws VoiceException {
        List<TranscriptFile.Row> rows = TranscriptFile.read(tsv);
        Set<String> phrases = new LinkedHashSet<>();
        rows.stream().map(TranscriptFile.Row::second).filter(s -> !s.isEmpty()).forEach(phrases::add);
        for (GlobalCommand command : GlobalCommand.values()) {
            phrases.addAll(command.phrases(language));
        }
        PhraseMatcher matcher = new PhraseMatcher(language, new PinyinKeys(), new ArrayList<>(phrases));
        int correct = 0;
        for (TranscriptFile.Row row : rows) {
            PhraseMatcher.Match match = matcher.match(row.first());
            String got = match.outcome() == PhraseMatcher.Outcome.MATCHED ? match.phrase() : "";
            boolean ok = got.equals(row.second());
            correct += ok ? 1 : 0;
            perRow.accept((ok ? "ok   " : "FAIL ") + row.first() + " -> " + (got.isEmpty() ? "(rejected: " + match.outcome() + ")" : got)
                    + (ok ? "" : "   expected: " + (row.second().isEmpty() ? "(reject)" : row.second())));
        }
        return new EvalSummary(rows.size(), (double) correct / rows.size(), null, null, null, null);
    }
}
