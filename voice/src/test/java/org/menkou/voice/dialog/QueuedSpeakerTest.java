package org.menkou.voice.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.FileSpeaker;
import org.menkou.voice.audio.WavFiles;
import org.menkou.voice.cache.PromptCache;
import org.menkou.voice.silent.SilentSynthesizer;

class QueuedSpeakerTest {
    @TempDir
    Path tmp;

    /** Records every request and answers with silence of the usual length. */
    static final class RecordingSynthesizer implements SpeechSynthesizer {
        final List<SpeechRequest> requests = new ArrayList<>();
        private final SilentSynthesizer silent = new SilentSynthesizer();

        @Override
        public String id() {
            return "recording";
        }

        @Override
        public synchronized Speech synthesize(SpeechRequest request) {
            requests.add(request);
            return silent.synthesize(request);
        }

        synchronized List<SpeechRequest> requests() {
            return List.copyOf(requests);
        }
    }

    private QueuedSpeaker speaker(RecordingSynthesizer engine, FileSpeaker sink) {
        return speaker(engine, new PromptCache(engine, 1 << 24), sink);
    }

    private QueuedSpeaker speaker(RecordingSynthesizer engine, PromptCache cache, FileSpeaker sink) {
        return new QueuedSpeaker(engine, cache, sink, VoiceLanguage.ZH_CN, 0.85, 0.7, false);
    }

    @Test
    void aNewScreenInterruptsTheOldSpeech() throws Exception {
        RecordingSynthesizer engine = new RecordingSynthesizer();
        FileSpeaker sink = new FileSpeaker(tmp.resolve("out.wav"), true);
        try (QueuedSpeaker speaker = speaker(engine, sink)) {
            speaker.say("欢迎使用门口服务站这是一段很长很长的介绍文字");
            // The resident moves on once 400 ms of the first speech have been heard.
            await("400 ms of the first speech played").atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> sink.writtenMillis() >= 400);
            speaker.say("返回首页");
            assertThat(speaker.awaitSilence(10_000)).isTrue();
        }
        long fullFirst = new SilentSynthesizer().synthesize(new SpeechRequest("欢迎使用门口服务站这是一段很长很长的介绍文字",
                java.util.Locale.CHINA, 0.85, 0.7)).durationMillis();
        long second = Math.round(4 * 250 / 0.85);
        long written = WavFiles.read(tmp.resolve("out.wav")).durationMillis();
        assertThat(written).isLessThan(fullFirst).isBetween(second + 300, second + 900);
    }

    @Test
    void louderAndSlowerRepeatAtOnceWithTheNewSetting() throws Exception {
        RecordingSynthesizer engine = new RecordingSynthesizer();
        try (QueuedSpeaker speaker = speaker(engine, new FileSpeaker(tmp.resolve("out.wav"), false))) {
            speaker.say("今天11:30开饭。");
            speaker.awaitSilence(5_000);
            speaker.louder();
            speaker.awaitSilence(5_000);
            speaker.slower();
            speaker.awaitSilence(5_000);
            speaker.repeat();
            speaker.awaitSilence(5_000);
        }
        List<SpeechRequest> requests = engine.requests();
        assertThat(requests).extracting(SpeechRequest::text).containsOnly("今天十一点三十分开饭。").hasSize(4);
        assertThat(requests.get(1).volume()).isGreaterThan(requests.get(0).volume());
        assertThat(requests.get(2).rate()).isLessThan(requests.get(1).rate());
        assertThat(requests.get(3)).isEqualTo(requests.get(2));
    }

    @Test
    void fixedPromptsAreSynthesisedOnceAndPrefetched() throws Exception {
        RecordingSynthesizer engine = new RecordingSynthesizer();
        PromptCache cache = new PromptCache(engine, 1 << 24);
        try (QueuedSpeaker speaker = speaker(engine, cache, new FileSpeaker(tmp.resolve("out.wav"), false))) {
            speaker.prefetch(List.of("请选择服务。"));
            await("the prompt prefetched into the cache").atMost(Duration.ofSeconds(10))
                    .until(() -> engine.requests().size() == 1 && cache.contains(engine.requests().get(0)));
            speaker.sayPrompt("请选择服务。");
            speaker.awaitSilence(5_000);
            speaker.sayPrompt("请选择服务。");
            speaker.awaitSilence(5_000);
        }
        assertThat(engine.requests()).hasSize(1);
    }

    @Test
    void withWsolaTheEngineKeepsItsPaceAndTheAudioIsSlowedDown() throws Exception {
        RecordingSynthesizer engine = new RecordingSynthesizer();
        Path out = tmp.resolve("wsola.wav");
        try (QueuedSpeaker speaker = new QueuedSpeaker(engine, new PromptCache(engine, 1 << 24), new FileSpeaker(out, false),
                VoiceLanguage.ZH_CN, 0.5, 0.7, true)) {
            speaker.say("请慢慢说");
            assertThat(speaker.awaitSilence(10_000)).isTrue();
        }
        assertThat(engine.requests()).singleElement().extracting(SpeechRequest::rate).isEqualTo(1.0);
        assertThat(WavFiles.read(out).durationMillis()).isBetween(1800L, 2200L);
    }

    @Test
    void splitsLongTextIntoSentences() {
        assertThat(QueuedSpeaker.sentences("第一句。第二句！第三句")).containsExactly("第一句。", "第二句！", "第三句");
    }
}
