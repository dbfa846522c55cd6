package org.menkou.voice.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRecognizer;
import org.menkou.voice.Transcript;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.WavFiles;
import org.menkou.voice.grammar.Grammar;
import org.menkou.voice.grammar.GrammarBuilder;
import org.menkou.voice.tarsos.Resampling;
import org.menkou.voice.vosk.VoskModelLoader;
import org.menkou.voice.vosk.VoskRecognizer;

/**
 * Evaluates a Vosk model on a directory of WAV files listed in {@code transcripts.tsv} (file, expected text), in free
 * mode and in grammar mode (the distinct expected texts plus [unk]). Audio is fed in 20 ms chunks as a microphone
 * would; RTF is processing time over audio time; the end-of-speech → result latency is the silence window the VAD
 * waits for plus the time the recogniser takes to finish after the last audio.
 */
public final class AudioEvaluation {
    private static final int CHUNK_BYTES = 640;

    /** Both modes' summaries. */
    public record Report(EvalSummary free, EvalSummary grammar) {
    }

    private record Mode(List<Double> cer, List<Double> rtf, List<Double> latency, int[] exact) {
        Mode() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new int[1]);
        }

        EvalSummary summary(int files, double charErrors, double chars) {
            return new EvalSummary(files, (double) exact[0] / files, chars == 0 ? null : charErrors / chars,
                    EvalSummary.mean(rtf), EvalSummary.percentile(latency, 50), EvalSummary.percentile(latency, 95));
        }
    }

    private AudioEvaluation() {
    }

    public static Report run(Path modelDir, Path audioDir, VoiceLanguage language, int silenceMillis,
                             Consumer<String> perFile) throws VoiceException, InterruptedException {
        List<TranscriptFile.Row> rows = TranscriptFile.read(audioDir.resolve("transcripts.tsv"));
        try (VoskModelLoader loader = new VoskModelLoader(modelDir)) {
            loader.awaitReady(300_000);
            VoskRecognizer recognizer = new VoskRecognizer(loader);
            Grammar grammar = new GrammarBuilder(language, recognizer.vocabulary().orElseThrow())
                    .build(new ArrayList<>(new LinkedHashSet<>(rows.stream().map(TranscriptFile.Row::second).toList())));
            grammar.outOfVocabulary().forEach(p -> perFile.accept("out of vocabulary, cannot be recognised in grammar mode: " + p));
            Mode free = new Mode();
            Mode constrained = new Mode();
            double[] freeErrors = new double[2];
            double[] grammarErrors = new double[2];
            for (TranscriptFile.Row row : rows) {
                Path file = audioDir.resolve(row.first());
                if (!Files.isRegularFile(file)) {
                    throw new VoiceException("transcripts.tsv line " + row.line() + ": no such file " + file);
                }
                Speech speech = Resampling.toRate(WavFiles.read(file), PcmFormat.SPEECH_16K.sampleRateHz());
                String freeText = recognise(recognizer, List.of(), speech, row.second(), language, silenceMillis, free, freeErrors);
                String grammarText = recognise(recognizer, grammar.modelPhrases(), speech, row.second(), language,
                        silenceMillis, constrained, grammarErrors);
                perFile.accept(row.first() + "\texpected: " + row.second() + "\tfree: " + freeText + "\tgrammar: " + grammarText);
            }
            return new Report(free.summary(rows.size(), freeErrors[0], freeErrors[1]),
                    constrained.summary(rows.size(), grammarErrors[0], grammarErrors[1]));
        }
    }

    private static String recognise(SpeechRecognizer recognizer, List<String> grammar, Speech speech, String expected,
                                    VoiceLanguage language, int silenceMillis, Mode mode, double[] errors) throws VoiceException {
        if (speech.format().channels() != 1) {
            throw new VoiceException("evaluation needs mono audio, not " + speech.format());
        }
        byte[] pcm = speech.pcm();
        long start = System.nanoTime();
        Transcript transcript;
        long finishNanos;
        try (SpeechRecognizer.Session session = recognizer.start(grammar)) {
            for (int offset = 0; offset < pcm.length; offset += CHUNK_BYTES) {
                byte[] chunk = java.util.Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + CHUNK_BYTES));
                session.accept(chunk, chunk.length);
            }
            long finishStart = System.nanoTime();
            transcript = session.finish();
            finishNanos = System.nanoTime() - finishStart;
        }
        long processing = System.nanoTime() - start;
        boolean chinese = language.isChinese();
        String got = TextNormal.of(transcript.text(), chinese);
        String want = TextNormal.of(expected, chinese);
        mode.exact()[0] += got.equals(want) ? 1 : 0;
        errors[0] += TextNormal.edits(got, want);
        errors[1] += want.length();
        mode.rtf().add((double) processing / 1_000_000 / Math.max(1, speech.durationMillis()));
        mode.latency().add(silenceMillis + finishNanos / 1_000_000.0);
        return got;
    }
}
