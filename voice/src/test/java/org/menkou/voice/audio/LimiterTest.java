package org.menkou.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.tarsos.Resampling;
import org.menkou.voice.tarsos.TempoChanger;
import org.menkou.voice.testing.Tones;

class LimiterTest {
    private static float peak(float[] s) {
        float p = 0;
        for (float v : s) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    private static float[] speechWithAShout() {
        float[] s = Pcm16.toFloats(Tones.tone(1000, 0.05), 0, 32_000);
        for (int i = 8000; i < 8400; i++) {
            s[i] = (float) Math.sin(i * 0.3) * 0.99f;
        }
        return s;
    }

    @Test
    void levelsQuietSpeechUpWithoutEverClipping() {
        float[] loudest = speechWithAShout();
        Limiter.level(loudest, 1.0, 16_000);
        float[] quieter = speechWithAShout();
        Limiter.level(quieter, 0.4, 16_000);

        assertThat(peak(loudest)).isLessThanOrEqualTo(Limiter.CEILING + 1e-6f);
        assertThat(Math.abs(loudest[100])).isGreaterThan(Math.abs(quieter[100]));
        assertThat(peak(quieter)).isLessThanOrEqualTo(Limiter.CEILING + 1e-6f);
    }

    @Test
    void wsolaSlowsDownAndTheResamplerConverts() throws Exception {
        Speech speech = new Speech(Tones.tone(2000, 0.3), PcmFormat.SPEECH_16K);

        Speech slow = TempoChanger.changeTempo(speech, 0.5);
        Speech resampled = Resampling.toRate(new Speech(Tones.tone(1000, 0.3), new PcmFormat(22_050, 16, 1)), 16_000);

        assertThat(slow.durationMillis()).isBetween(3600L, 4400L);
        assertThat(resampled.format()).isEqualTo(PcmFormat.SPEECH_16K);
        assertThat(resampled.durationMillis()).isBetween(700L, 760L);
    }
}
