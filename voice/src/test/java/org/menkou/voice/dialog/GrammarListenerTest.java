package org.menkou.voice.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.MissReason;
import org.menkou.voice.Phrase;
import org.menkou.voice.SpeechRecognizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.AudioInput;
import org.menkou.voice.audio.WavFileInput;
import org.menkou.voice.grammar.Vocabulary;
import org.menkou.voice.tarsos.EnergyVad;
import org.menkou.voice.testing.Fixtures;
import org.menkou.voice.testing.RecordingSpeaker;
import org.menkou.voice.testing.ScriptedRecognizer;
import org.menkou.voice.testing.Tones;

/** The listen → miss → re-prompt logic with a scripted recogniser and tone bursts standing for utterances. */
class GrammarListenerTest {
    static final List<Phrase> SCREEN = List.of(new Phrase("services", "找服务", 1), new Phrase("policy", "看政策", 2),
            new Phrase("meal", "订餐", 3), new Phrase("advisor", "养老顾问", 4));

    private final ScriptedRecognizer recognizer = new ScriptedRecognizer();
    private final RecordingSpeaker speaker = new RecordingSpeaker();

    private GrammarListener listener(int utterances) throws Exception {
        Vocabulary vocabulary = Fixtures.chineseTestVocabulary();
        return new GrammarListener(VoiceLanguage.ZH_CN, recognizer, () -> Optional.of(vocabulary),
                new WavFileInput(Tones.utterances(utterances, 500, 1300), false), speaker, EnergyVad.Settings.defaults(1000), 0.6);
    }

    @Test
    void aScreenPhraseIsHeardThroughAGrammarOfInVocabularyWords() throws Exception {
        recognizer.then("找 服务", 0.95);

        Heard heard = listener(1).listen(SCREEN);

        assertThat(heard).isInstanceOf(Heard.ScreenPhrase.class);
        assertThat(((Heard.ScreenPhrase) heard).phrase().id()).isEqualTo("services");
        List<String> grammar = recognizer.grammars().get(0);
        assertThat(grammar).contains("找 服务", "看 政策", "订餐", "返回", "紧急 呼叫", "救命", "第一 个").endsWith("[unk]");
        assertThat(grammar).doesNotContain("养老顾问");
        assertThat(recognizer.bytesFed().get(0)).isGreaterThan(16 * 2 * 1500);
    }

    @Test
    void globalCommandsAndHomophoneSlipsLand() throws Exception {
        recognizer.then("第二 个", 0.9).then("定 餐", 0.9).then("救命", 0.9);
        GrammarListener listener = listener(3);

        assertThat(listener.listen(SCREEN)).isEqualTo(new Heard.Command(GlobalCommand.CHOICE_2, "第二 个", 0.9));
        Heard slip = listener.listen(SCREEN);
        assertThat(slip).isInstanceOf(Heard.ScreenPhrase.class);
        assertThat(((Heard.ScreenPhrase) slip).phrase().id()).isEqualTo("meal");
        assertThat(((Heard.Command) listener.listen(SCREEN)).command()).isEqualTo(GlobalCommand.EMERGENCY);
    }

    @Test
    void unknownLowConfidenceAndSilenceAreMisses() throws Exception {
        recognizer.then("[unk]", 0.9).then("找 服务", 0.3);
        GrammarListener listener = listener(2);

        assertThat(listener.listen(SCREEN)).isEqualTo(new Heard.Miss(MissReason.NOT_EXPECTED, "[unk]"));
        assertThat(listener.listen(SCREEN)).isEqualTo(new Heard.Miss(MissReason.LOW_CONFIDENCE, "找 服务"));
        assertThat(listener.listen(SCREEN)).isEqualTo(new Heard.Miss(MissReason.SILENCE, ""));
    }

    @Test
    void aMissIsRepromptedAndTheSecondAnswerCounts() throws Exception {
        recognizer.then("[unk]", 0.9).then("看 政策", 0.9);

        Heard heard = listener(2).ask(SCREEN);

        assertThat(((Heard.ScreenPhrase) heard).phrase().id()).isEqualTo("policy");
        assertThat(speaker.said()).containsExactly("没听清，请再说一遍。");
    }

    @Test
    void afterTwoMissesTheKeysAndTheEmergencyCallAreOffered() throws Exception {
        recognizer.then("[unk]", 0.9).then("找 服务", 0.2);

        Heard heard = listener(2).ask(SCREEN);

        assertThat(heard).isEqualTo(new Heard.Miss(MissReason.LOW_CONFIDENCE, "找 服务"));
        assertThat(speaker.said()).hasSize(2);
        assertThat(speaker.said().get(1)).contains("按1，找服务", "按2，看政策", "紧急呼叫", "红色按钮");
    }

    @Test
    void committingActionsAreReadBackAndNeedConfirm() throws Exception {
        recognizer.then("确认", 0.9).then("取消", 0.9);
        GrammarListener listener = listener(2);

        assertThat(listener.confirm("您预约了明天的午餐。")).isTrue();
        assertThat(listener.confirm("您预约了明天的午餐。")).isFalse();
        assertThat(speaker.said()).allMatch(s -> s.startsWith("您预约了明天的午餐。") && s.contains("请说“确认”或按确认键"));
    }

    @Test
    void noMicrophoneOrNoModelMissAtOnceWithoutReprompt() throws Exception {
        GrammarListener noMic = new GrammarListener(VoiceLanguage.ZH_CN, recognizer, () -> Optional.of(Fixtures.chineseTestVocabulary()),
                null, speaker, EnergyVad.Settings.defaults(1000), 0.6);
        GrammarListener loading = new GrammarListener(VoiceLanguage.ZH_CN, recognizer, Optional::empty,
                new WavFileInput(Tones.utterances(1, 500, 1300), false), speaker, EnergyVad.Settings.defaults(1000), 0.6);

        assertThat(noMic.ask(SCREEN)).isEqualTo(new Heard.Miss(MissReason.NO_MICROPHONE, ""));
        assertThat(loading.ask(SCREEN)).isEqualTo(new Heard.Miss(MissReason.MODEL_NOT_READY, ""));
        assertThat(speaker.said()).isEmpty();
        assertThat(recognizer.grammars()).isEmpty();
    }

    @Test
    void reportsOutOfVocabularyScreenPhrasesWhenTheScreenIsLoaded() throws Exception {
        assertThat(listener(0).outOfVocabulary(SCREEN).orElseThrow()).singleElement().asString().contains("养老顾问", "养老");
    }

    @Test
    void cancelEndsAListenInProgress() throws Exception {
        GrammarListener listener = new GrammarListener(VoiceLanguage.ZH_CN, recognizer,
                () -> Optional.of(Fixtures.chineseTestVocabulary()), new WavFileInput(Tones.silence(60_000), true), speaker,
                EnergyVad.Settings.defaults(1000), 0.6);
        // Cancelled once the listen is under way: the recogniser's session has started.
        Thread canceller = new Thread(() -> {
            await("the listen started").atMost(Duration.ofSeconds(30)).until(() -> !recognizer.grammars().isEmpty());
            listener.cancel();
        });
        canceller.start();

        assertThat(listener.listen(SCREEN)).isEqualTo(new Heard.Miss(MissReason.CANCELLED, ""));
    }

    @Test
    void aMicrophoneThatFailsWhileListeningIsAnAudioDeviceMissWithoutReprompt() throws Exception {
        AudioInput broken = new AudioInput() {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("the USB microphone was unplugged");
            }

            @Override
            public void close() {
            }
        };
        GrammarListener listener = new GrammarListener(VoiceLanguage.ZH_CN, recognizer,
                () -> Optional.of(Fixtures.chineseTestVocabulary()), broken, speaker, EnergyVad.Settings.defaults(1000), 0.6);

        assertThat(listener.ask(SCREEN)).isEqualTo(new Heard.Miss(MissReason.AUDIO_DEVICE_FAILED, ""));
        assertThat(speaker.said()).isEmpty();
    }

    @Test
    void aRecogniserThatFailsIsAnEngineErrorNotAModelThatIsStillLoading() throws Exception {
        SpeechRecognizer failing = grammar -> {
            throw new VoiceException("kaldi: cannot create the recogniser");
        };
        GrammarListener listener = new GrammarListener(VoiceLanguage.ZH_CN, failing,
                () -> Optional.of(Fixtures.chineseTestVocabulary()), new WavFileInput(Tones.utterances(1, 500, 1300), false),
                speaker, EnergyVad.Settings.defaults(1000), 0.6);

        assertThat(listener.ask(SCREEN)).isEqualTo(new Heard.Miss(MissReason.ENGINE_ERROR, ""));
        assertThat(speaker.said()).isEmpty();
    }
}
