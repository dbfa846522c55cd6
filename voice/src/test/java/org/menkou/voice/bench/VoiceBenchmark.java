package org.menkou.voice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.Phrase;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRecognizer;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.DiscardingSink;
import org.menkou.voice.audio.WavFileInput;
import org.menkou.voice.audio.WavFiles;
import org.menkou.voice.cache.PromptCache;
import org.menkou.voice.dialog.GrammarListener;
import org.menkou.voice.dialog.QueuedSpeaker;
import org.menkou.voice.espeak.EspeakSynthesizer;
import org.menkou.voice.grammar.GrammarBuilder;
import org.menkou.voice.marytts.MarySynthesizer;
import org.menkou.voice.tarsos.EnergyVad;
import org.menkou.voice.tarsos.LevelledSynthesizer;
import org.menkou.voice.testing.Fixtures;
import org.menkou.voice.testing.RecordingSpeaker;
import org.menkou.voice.vosk.VoskModelLoader;
import org.menkou.voice.vosk.VoskRecognizer;

/**
 * The voice benchmarks (not part of the test suite): run with {@code mvn -B -q -pl voice -Pbench -DskipTests verify}.
 * Arguments: the English model directory and the fixtures directory. Prints medians in Markdown.
 */
public final class VoiceBenchmark {
    private static final List<Phrase> SCREEN = List.of(new Phrase("services", "find services", 1),
            new Phrase("policies", "policies", 2), new Phrase("meals", "meals", 3));
    private static final List<String> CHINESE_20 = List.of("欢迎来到门口服务站，今天午餐十一点半开始供应",
            "请说出您需要的服务，或者按数字键进行选择", "本周社区医生周二上午来站点为老人量血压", "您预约的午餐已经确认，请在十二点前到食堂取餐",
            "如需帮助请说紧急呼叫，或者按下红色的按钮");

    private VoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        Path fixtures = Path.of(args[1]);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        long loadStart = System.nanoTime();
        try (VoskModelLoader loader = new VoskModelLoader(model)) {
            loader.awaitReady(300_000);
            System.out.printf(Locale.ROOT, "| model load (English, background thread) | %.0f ms |%n", (System.nanoTime() - loadStart) / 1e6);
            VoskRecognizer recognizer = new VoskRecognizer(loader);
            rtf(recognizer, fixtures);
            latency(recognizer, fixtures);
            ttfa();
            rss("English model + espeak-ng");
            MarySynthesizer mary = MarySynthesizer.start(Files.createTempDirectory("bench-mary"));
            mary.synthesize(new org.menkou.voice.SpeechRequest("Warm up.", Locale.ENGLISH, 1.0, 1.0));
            rss("English model + espeak-ng + MaryTTS started");
        }
        System.exit(0);
    }

    private static List<String> kioskGrammarTexts() {
        List<String> texts = new ArrayList<>(SCREEN.stream().map(Phrase::text).toList());
        for (GlobalCommand c : GlobalCommand.values()) {
            texts.addAll(c.phrases(VoiceLanguage.EN));
        }
        return texts;
    }

    private static void rtf(VoskRecognizer recognizer, Path fixtures) throws Exception {
        List<String> grammar = new GrammarBuilder(VoiceLanguage.EN, recognizer.vocabulary().orElseThrow())
                .build(kioskGrammarTexts()).modelPhrases();
        List<Double> rtfs = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path wav : files.filter(p -> p.toString().endsWith(".wav")).sorted().toList()) {
                Speech speech = WavFiles.read(wav);
                for (int round = 0; round < 2; round++) {
                    long start = System.nanoTime();
                    try (SpeechRecognizer.Session session = recognizer.start(grammar)) {
                        byte[] pcm = speech.pcm();
                        for (int off = 0; off < pcm.length; off += 640) {
                            byte[] chunk = Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + 640));
                            session.accept(chunk, chunk.length);
                        }
                        session.finish();
                    }
                    if (round == 1) {
                        rtfs.add((System.nanoTime() - start) / 1e6 / speech.durationMillis());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "| grammar-mode RTF (kiosk grammar: %d phrases + [unk]; %d clips) | median %.4f, p95 %.4f |%n",
                grammar.size() - 1, rtfs.size(), median(rtfs), percentile(rtfs, 95));
    }

    private static void latency(VoskRecognizer recognizer, Path fixtures) throws Exception {
        List<Speech> clips = new ArrayList<>();
        for (Fixtures.Clip clip : commandClips(fixtures).subList(0, 12)) {
            clips.add(clip.speech());
        }
        WavFileInput paced = new WavFileInput(Fixtures.session(clips, 1500), true);
        GrammarListener listener = new GrammarListener(VoiceLanguage.EN, recognizer, recognizer::vocabulary, paced,
                new RecordingSpeaker(), EnergyVad.Settings.defaults(1000), 0.6);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            Heard heard = listener.listen(SCREEN);
            if (!heard.isMiss()) {
                latencies.add(listener.lastLatencyNanos() / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "| end of speech -> result, real-time mic file, silence window 1000 ms (%d utterances) | median %.0f ms, p95 %.0f ms |%n",
                latencies.size(), median(latencies), percentile(latencies, 95));
    }

    private static List<Fixtures.Clip> commandClips(Path fixtures) throws Exception {
        return Files.readAllLines(fixtures.resolve("transcripts.tsv")).stream().map(l -> l.split("\t"))
                .map(f -> new Fixtures.Clip(fixtures.resolve(f[0]), f[1])).toList();
    }

    private static void ttfa() throws Exception {
        SpeechSynthesizer engine = new LevelledSynthesizer(new EspeakSynthesizer());
        try (QueuedSpeaker speaker = new QueuedSpeaker(engine, new PromptCache(engine, 1 << 26), new DiscardingSink(),
                VoiceLanguage.ZH_CN, 0.85, 0.7, false)) {
            List<Double> uncached = new ArrayList<>();
            List<Double> cached = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String sentence : CHINESE_20) {
                    speaker.say(sentence);
                    speaker.awaitSilence(10_000);
                    if (round > 0) {
                        uncached.add(speaker.lastTimeToFirstAudioNanos() / 1e6);
                    }
                    speaker.sayPrompt(sentence);
                    speaker.awaitSilence(10_000);
                    speaker.sayPrompt(sentence);
                    speaker.awaitSilence(10_000);
                    cached.add(speaker.lastTimeToFirstAudioNanos() / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "| TTS time to first audio, 20-character sentence, espeak-ng, uncached (%d) | median %.1f ms, p95 %.1f ms |%n",
                    uncached.size(), median(uncached), percentile(uncached, 95));
            System.out.printf(Locale.ROOT, "| TTS time to first audio, same, from the prompt cache (%d) | median %.2f ms, p95 %.2f ms |%n",
                    cached.size(), median(cached), percentile(cached, 95));
        }
    }

    private static void rss(String what) throws Exception {
        System.gc();
        Optional<String> line = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS")).findFirst();
        System.out.printf(Locale.ROOT, "| RSS, %s | %s |%n", what, line.map(l -> l.replaceAll("\\D+", " ").trim()).map(kb ->
                String.format(Locale.ROOT, "%.0f MB", Long.parseLong(kb) / 1024.0)).orElse("n/a"));
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
