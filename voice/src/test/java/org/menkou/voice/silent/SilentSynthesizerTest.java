package org.menkou.voice.silent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;

class SilentSynthesizerTest {
    private final SilentSynthesizer synthesizer = new SilentSynthesizer();

    @Test
    void lastsAboutAQuarterSecondPerCharacterAndSlowerWhenSlowedDown() {
        Speech normal = synthesizer.synthesize(new SpeechRequest("欢迎使用 门口", Locale.CHINA, 1.0, 1.0));
        Speech slow = synthesizer.synthesize(new SpeechRequest("欢迎使用 门口", Locale.CHINA, 0.5, 1.0));

        assertThat(normal.durationMillis()).isEqualTo(6 * 250);
        assertThat(slow.durationMillis()).isEqualTo(2 * normal.durationMillis());
        assertThat(normal.pcm()).containsOnly((byte) 0);
    }

    @Test
    void rejectsRatesAndVolumesOutOfRange() {
        assertThatThrownBy(() -> new SpeechRequest("好", Locale.CHINA, 0.1, 1.0)).hasMessageContaining("rate");
        assertThatThrownBy(() -> new SpeechRequest("好", Locale.CHINA, 1.0, 1.5)).hasMessageContaining("volume");
    }
}
