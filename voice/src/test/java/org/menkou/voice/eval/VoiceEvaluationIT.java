package org.menkou.voice.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.testing.Fixtures;

/** voice-eval's engine: audio mode with the real English model on the fixtures, and text mode. */
@Tag("integration")
class VoiceEvaluationIT {
    @TempDir
    Path tmp;

    @Test
    void audioModeReportsAccuracyCerRtfAndLatencyInBothModes() throws Exception {
        // Every third clip (one voice and speed per command) keeps free mode within the test budget; the whole set is
        // evaluated in docs/benchmarks.md, and grammar accuracy over all clips is asserted in VoskGrammarIT.
        List<Fixtures.Clip> clips = Fixtures.englishCommands();
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < clips.size(); i += 3) {
            tsv.append(clips.get(i).file().toAbsolutePath()).append('\t').append(clips.get(i).text()).append('\n');
        }
        Files.writeString(tmp.resolve("transcripts.tsv"), tsv, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();

        AudioEvaluation.Report report = AudioEvaluation.run(Fixtures.englishModel(), tmp, VoiceLanguage.EN, 1000, lines::add);

        int files = (clips.size() + 2) / 3;
        assertThat(lines).hasSize(files);
        assertThat(report.grammar().files()).isEqualTo(files);
        assertThat(report.grammar().accuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.free().accuracy()).isLessThanOrEqualTo(report.grammar().accuracy());
        assertThat(report.free().cer()).isNotNull().isBetween(0.0, 1.0);
        assertThat(report.grammar().rtf()).isBetween(0.0, 1.0);
        assertThat(report.grammar().latencyP50Millis()).isBetween(1000.0, 1500.0);
        assertThat(report.grammar().latencyP95Millis()).isGreaterThanOrEqualTo(report.grammar().latencyP50Millis());
        assertThat(report.grammar().toMap()).containsOnlyKeys("files", "accuracy", "cer", "rtf", "latency_p50_ms", "latency_p95_ms");
    }

    @Test
    void textModeScoresThePhraseMatcherIncludingRejections() throws Exception {
        Path tsv = Files.writeString(tmp.resolve("t.tsv"),
                "# recognised\texpected\n定餐\t订餐\n看正测\t看政策\n第几个\t\n今天天气很好\t\n救命\t救命\n找服务\t订餐\n", StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();

        EvalSummary summary = TextEvaluation.run(tsv, VoiceLanguage.ZH_CN, lines::add);

        assertThat(summary.files()).isEqualTo(6);
        assertThat(summary.accuracy()).isEqualTo(5.0 / 6);
        assertThat(summary.rtf()).isNull();
        assertThat(lines.get(5)).startsWith("FAIL");
    }

    @Test
    void badInputSaysWhatIsWrong() throws Exception {
        Path tsv = Files.writeString(tmp.resolve("bad.tsv"), "only one column\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextEvaluation.run(tsv, VoiceLanguage.ZH_CN, l -> { })).isInstanceOf(VoiceException.class)
                .hasMessageContaining("line 1").hasMessageContaining("two tab-separated columns");
        Files.writeString(tmp.resolve("transcripts.tsv"), "missing.wav\tback\n");
        assertThatThrownBy(() -> AudioEvaluation.run(Fixtures.englishModel(), tmp, VoiceLanguage.EN, 1000, l -> { }))
                .hasMessageContaining("no such file");
    }
}
