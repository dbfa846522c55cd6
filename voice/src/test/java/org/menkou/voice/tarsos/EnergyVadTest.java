package org.menkou.voice.tarsos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menkou.voice.audio.WavFileInput;
import org.menkou.voice.testing.Tones;

class EnergyVadTest {
    private static final EnergyVad.Settings SETTINGS = EnergyVad.Settings.defaults(1000);

    private static List<EnergyVad.Decision> feed(EnergyVad vad, int frames, double db, List<byte[]> sink) {
        List<EnergyVad.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            decisions.add(vad.offer(new byte[640], db, (f, loud) -> sink.add(f)));
        }
        return decisions;
    }

    @Test
    void handsOverAboutOneSecondOfPreRollWhenSpeechStarts() {
        EnergyVad vad = new EnergyVad(SETTINGS);
        List<byte[]> utterance = new ArrayList<>();

        assertThat(feed(vad, 100, -80, utterance)).containsOnly(EnergyVad.Decision.WAITING);
        assertThat(utterance).isEmpty();
        List<EnergyVad.Decision> start = feed(vad, 3, -20, utterance);

        assertThat(start).containsExactly(EnergyVad.Decision.WAITING, EnergyVad.Decision.WAITING, EnergyVad.Decision.SPEECH);
        assertThat(utterance).hasSize(1000 / 20);
    }

    @Test
    void endsAfterTheSilenceWindowNotAtAShortPause() {
        EnergyVad vad = new EnergyVad(SETTINGS);
        List<byte[]> utterance = new ArrayList<>();
        feed(vad, 10, -20, utterance);

        assertThat(feed(vad, 40, -80, utterance)).containsOnly(EnergyVad.Decision.SPEECH);
        feed(vad, 5, -20, utterance);
        List<EnergyVad.Decision> end = feed(vad, 50, -80, utterance);

        assertThat(end.subList(0, 49)).containsOnly(EnergyVad.Decision.SPEECH);
        assertThat(end.get(49)).isEqualTo(EnergyVad.Decision.END_OF_SPEECH);
    }

    @Test
    void capsSpeechAtEightSecondsAndGivesUpWhenNobodySpeaks() {
        EnergyVad talker = new EnergyVad(SETTINGS);
        List<EnergyVad.Decision> decisions = feed(talker, 400, -20, new ArrayList<>());
        assertThat(decisions).contains(EnergyVad.Decision.CAP_REACHED);
        assertThat(decisions.indexOf(EnergyVad.Decision.CAP_REACHED)).isLessThanOrEqualTo(8000 / 20 + 3);

        List<EnergyVad.Decision> quiet = feed(new EnergyVad(SETTINGS), 400, -80, new ArrayList<>());
        assertThat(quiet.get(399)).isEqualTo(EnergyVad.Decision.NO_SPEECH);
    }

    @Test
    void captureThroughTarsosDspTakesOneUtteranceAtATimeFromAFile() {
        WavFileInput input = new WavFileInput(Tones.utterances(2, 600, 1500), false);
        UtteranceCapture capture = new UtteranceCapture(SETTINGS);
        List<byte[]> first = new ArrayList<>();

        UtteranceCapture.Result one = capture.capture(input, (f, loud) -> first.add(f));
        UtteranceCapture.Result two = new UtteranceCapture(SETTINGS).capture(input, (f, loud) -> { });
        UtteranceCapture.Result three = new UtteranceCapture(SETTINGS).capture(input, (f, loud) -> { });

        assertThat(one.end()).isEqualTo(EnergyVad.Decision.END_OF_SPEECH);
        assertThat(one.utteranceMillis()).isBetween(300 + 600 + 1000 - 40, 300 + 600 + 1000 + 40);
        assertThat(two.end()).isEqualTo(EnergyVad.Decision.END_OF_SPEECH);
        assertThat(three.heardSpeech()).isFalse();
        assertThat(three.inputEnded()).isTrue();
    }
}
