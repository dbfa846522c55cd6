package org.menkou.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.menkou.content.DataDirectory;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.eval.AudioEvaluation;
import org.menkou.voice.eval.EvalSummary;
import org.menkou.voice.eval.TextEvaluation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menkou voice-eval}: validates a speech model on recorded clips, or the phrase matcher on texts. */
@Command(name = "voice-eval", mixinStandardHelpOptions = true,
        description = {"Evaluate speech recognition on site.",
                "--audio DIR: DIR/transcripts.tsv lists (file, expected text); reports per-file results, exact-phrase",
                "accuracy, character error rate, real-time factor and end-of-speech -> result latency, in free and grammar mode.",
                "--text FILE.tsv: rows (recognised text, expected phrase or empty = must be rejected) test the phrase matcher.",
                "--json prints only the summary: files, accuracy, cer, rtf, latency_p50_ms, latency_p95_ms (null = not measured);",
                "in audio mode accuracy/rtf/latency are grammar mode's and cer is free mode's, both modes in 'free'/'grammar'."})
final class VoiceEvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--audio", paramLabel = "DIR", required = true, description = "Directory with transcripts.tsv and the WAV files.")
        Path audio;

        @Option(names = "--text", paramLabel = "FILE", required = true, description = "TSV of (recognised text, expected phrase).")
        Path text;
    }

    @Option(names = "--model", paramLabel = "DIR", description = "Vosk model directory (default: DATA/models/vosk-<lang>).")
    Path model;

    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--lang", converter = LanguageConverter.class, description = "zh-CN or en (default: guessed from the expected texts).")
    VoiceLanguage lang;

    @Option(names = "--silence-ms", defaultValue = "1000", description = "End-of-speech silence window in ms (default: ${DEFAULT-VALUE}).")
    int silenceMillis;

    @Option(names = "--json", description = "Print only the summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> perFile = json ? line -> { } : out::println;
        Map<String, Object> summary;
        if (input.text != null) {
            EvalSummary text = TextEvaluation.run(input.text, language(input.text), perFile);
            summary = text.toMap();
        } else {
            Path dir = DataDirectory.resolve(data, System.getenv());
            VoiceLanguage language = language(input.audio.resolve("transcripts.tsv"));
            Path modelDir = model != null ? model : VoiceOptions.modelDirectory(dir, language);
            AudioEvaluation.Report report = AudioEvaluation.run(modelDir, input.audio, language, silenceMillis, perFile);
            summary = new LinkedHashMap<>(report.grammar().toMap());
            summary.put("cer", report.free().toMap().get("cer"));
            summary.put("free", report.free().toMap());
            summary.put("grammar", report.grammar().toMap());
        }
        out.println(json ? JSON.writeValueAsString(summary) : "summary: " + summary);
        return 0;
    }

    private VoiceLanguage language(Path tsv) throws java.io.IOException {
        if (lang != null) {
            return lang;
        }
        return VoiceLanguage.guess(java.nio.file.Files.readString(tsv));
    }
}
