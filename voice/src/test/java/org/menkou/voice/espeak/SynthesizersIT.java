package org.menkou.voice.espeak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.Limiter;
import org.menkou.voice.audio.Pcm16;
import org.menkou.voice.marytts.MarySynthesizer;
import org.menkou.voice.tarsos.LevelledSynthesizer;
import org.menkou.voice.text.ChineseTextNormalizer;

/** Real espeak-ng and real embedded MaryTTS produce audio of plausible length and level. */
@Tag("integration")
class SynthesizersIT {
    static final String CHINESE_20 = "欢迎来到门口服务站，今天午餐十一点半开始供应";

    @TempDir
    Path tmp;

    private static float peak(Speech speech) {
        float peak = 0;
        for (float v : Pcm16.toFloats(speech.pcm(), 0, speech.pcm().length)) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    @Test
    void espeakSpeaksMandarinWithThePinyinVoiceAndSlowerWhenAsked() throws Exception {
        EspeakSynthesizer espeak = new EspeakSynthesizer();
        Speech normal = espeak.synthesize(new SpeechRequest(CHINESE_20, Locale.SIMPLIFIED_CHINESE, 1.0, 1.0));
        Speech slow = espeak.synthesize(new SpeechRequest(CHINESE_20, Locale.SIMPLIFIED_CHINESE, 0.7, 1.0));

        assertThat(EspeakSynthesizer.voiceFor(Locale.SIMPLIFIED_CHINESE)).isEqualTo("cmn-latn-pinyin");
        assertThat(normal.durationMillis()).isBetween(2_500L, 12_000L);
        assertThat(slow.durationMillis()).isGreaterThan(normal.durationMillis() * 12 / 10);
        assertThat(peak(normal)).isGreaterThan(0.05f);
    }

    @Test
    void levelledOutputIs16kHzAndNeverClipsAtFullVolume() throws Exception {
        Speech speech = new LevelledSynthesizer(new EspeakSynthesizer())
                .synthesize(new SpeechRequest(new ChineseTextNormalizer().normalize("电话13812345678，费用3.5元"), Locale.SIMPLIFIED_CHINESE, 0.85, 1.0));

        assertThat(speech.format()).isEqualTo(PcmFormat.SPEECH_16K);
        assertThat(peak(speech)).isBetween(0.3f, Limiter.CEILING + 0.001f);
        assertThat(speech.durationMillis()).isBetween(3_000L, 20_000L);
    }

    @Test
    void aMissingEspeakGivesAClearMessage() {
        assertThatThrownBy(() -> new EspeakSynthesizer("/nonexistent/espeak-ng")
                .synthesize(new SpeechRequest("你好", Locale.SIMPLIFIED_CHINESE, 1.0, 1.0)))
                .isInstanceOf(VoiceException.class).hasMessageContaining("espeak-ng package installed");
    }

    @Test
    void maryTtsSpeaksEnglishAndKeepsItsLogsOutOfTheWorkingDirectory() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> before;
        try (Stream<Path> files = Files.list(cwd)) {
            before = files.toList();
        }
        MarySynthesizer mary = MarySynthesizer.start(tmp.resolve("logs/marytts"));

        Speech speech = mary.synthesize(new SpeechRequest("Welcome to the community service station.", Locale.ENGLISH, 1.0, 1.0));
        Speech slower = mary.synthesize(new SpeechRequest("Welcome to the community service station.", Locale.ENGLISH, 0.7, 1.0));

        assertThat(speech.durationMillis()).isBetween(1_500L, 6_000L);
        assertThat(slower.durationMillis()).isGreaterThan(speech.durationMillis() * 12 / 10);
        assertThat(peak(speech)).isGreaterThan(0.05f);
        try (Stream<Path> files = Files.list(cwd)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(before);
        }
    }
}
