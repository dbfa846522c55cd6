package org.menkou.voice.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.MissReason;
import org.menkou.voice.Phrase;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.WavFileInput;
import org.menkou.voice.dialog.GrammarListener;
import org.menkou.voice.grammar.Vocabulary;
import org.menkou.voice.tarsos.EnergyVad;
import org.menkou.voice.testing.Fixtures;
import org.menkou.voice.testing.RecordingSpeaker;

/** Real Vosk with the English model from Maven Central, on the committed espeak-ng fixtures. */
@Tag("integration")
class VoskGrammarIT {
    static final List<Phrase> SCREEN = List.of(new Phrase("services", "find services", 1),
            new Phrase("policies", "policies", 2), new Phrase("meals", "meals", 3));
    private static VoskModelLoader loader;
    private static VoskRecognizer recognizer;

    @BeforeAll
    static void loadModel() throws Exception {
        loader = new VoskModelLoader(Fixtures.englishModel());
        loader.awaitReady(120_000);
        recognizer = new VoskRecognizer(loader);
    }

    @AfterAll
    static void freeModel() {
        loader.close();
    }

    private GrammarListener listenerOn(byte[] pcm, RecordingSpeaker speaker) {
        return new GrammarListener(VoiceLanguage.EN, recognizer, recognizer::vocabulary, new WavFileInput(pcm, false),
                speaker, EnergyVad.Settings.defaults(1000), 0.6);
    }

    @Test
    void readsTheVocabularyFromTheModelsGrammarFst() {
        Vocabulary vocabulary = recognizer.vocabulary().orElseThrow();
        assertThat(vocabulary.size()).isGreaterThan(100_000);
        assertThat(vocabulary.contains("emergency")).isTrue();
        assertThat(vocabulary.contains("<eps>")).isFalse();
    }

    @Test
    void commandAccuracyInGrammarModeIsAtLeast95Percent() throws Exception {
        List<Fixtures.Clip> clips = Fixtures.englishCommands();
        List<String> wrong = new ArrayList<>();
        for (Fixtures.Clip clip : clips) {
            Heard heard = listenerOn(Fixtures.session(List.of(clip.speech()), 1200), new RecordingSpeaker()).listen(SCREEN);
            if (!clip.text().equals(phraseText(heard))) {
                wrong.add(clip.file().getFileName() + " -> " + heard);
            }
        }
        double accuracy = 1.0 - (double) wrong.size() / clips.size();
        assertThat(accuracy).as("wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void outOfGrammarUtterancesAreRejected() throws Exception {
        for (Fixtures.Clip clip : Fixtures.englishRejects()) {
            Heard heard = listenerOn(Fixtures.session(List.of(clip.speech()), 1200), new RecordingSpeaker()).listen(SCREEN);
            assertThat(heard).as(clip.text()).isInstanceOf(Heard.Miss.class);
        }
    }

    @Test
    void aMissIsRepromptedAndTheSecondTryLands() throws Exception {
        Speech reject = Fixtures.englishRejects().get(0).speech();
        Speech meals = Fixtures.englishCommands().stream().filter(c -> c.text().equals("meals")).findFirst().orElseThrow().speech();
        RecordingSpeaker speaker = new RecordingSpeaker();
        GrammarListener listener = listenerOn(Fixtures.session(List.of(reject, meals), 1200), speaker);

        Heard heard = listener.ask(SCREEN);

        assertThat(heard).isInstanceOf(Heard.ScreenPhrase.class);
        assertThat(((Heard.ScreenPhrase) heard).phrase().id()).isEqualTo("meals");
        assertThat(speaker.said()).containsExactly("Sorry, I did not catch that. Please say it again.");
    }

    @Test
    void twoMissesEndWithTheKeyHintAndTheEmergencyOffer() throws Exception {
        List<Fixtures.Clip> rejects = Fixtures.englishRejects();
        RecordingSpeaker speaker = new RecordingSpeaker();
        GrammarListener listener = listenerOn(Fixtures.session(List.of(rejects.get(0).speech(), rejects.get(2).speech()), 1200), speaker);

        Heard heard = listener.ask(SCREEN);

        assertThat(heard).isInstanceOf(Heard.Miss.class);
        assertThat(((Heard.Miss) heard).reason()).isIn(MissReason.NOT_EXPECTED, MissReason.LOW_CONFIDENCE, MissReason.AMBIGUOUS);
        assertThat(speaker.said()).hasSize(2);
        assertThat(speaker.said().get(1)).contains("1 for find services", "2 for policies", "emergency", "red button");
    }

    @Test
    void silenceAfterTheEndOfTheFileIsAMissWithoutReprompt() throws Exception {
        RecordingSpeaker speaker = new RecordingSpeaker();
        Heard heard = listenerOn(new byte[32_000], speaker).listen(SCREEN);
        assertThat(heard).isEqualTo(new Heard.Miss(MissReason.SILENCE, ""));
        assertThat(new GrammarListener(VoiceLanguage.EN, recognizer, Optional::empty, new WavFileInput(new byte[0], false),
                speaker, EnergyVad.Settings.defaults(1000), 0.6).listen(SCREEN))
                .isEqualTo(new Heard.Miss(MissReason.MODEL_NOT_READY, ""));
    }

    static String phraseText(Heard heard) {
        if (heard instanceof Heard.ScreenPhrase p) {
            return p.phrase().text();
        }
        if (heard instanceof Heard.Command c) {
            return c.command() == GlobalCommand.REPEAT && c.recognised().equals("say again") ? "say again"
                    : c.command() == GlobalCommand.EMERGENCY && c.recognised().equals("help me") ? "help me"
                    : c.command().phrases(VoiceLanguage.EN).get(0);
        }
        return "";
    }
}
