package org.menkou.voice.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.testing.Fixtures;

class GrammarBuilderTest {
    static Vocabulary testVocabulary() {
        return Fixtures.chineseTestVocabulary();
    }

    @Test
    void segmentsChinesePhrasesIntoAsFewVocabularyWordsAsPossible() throws Exception {
        ChineseSegmenter segmenter = new ChineseSegmenter(testVocabulary());

        assertThat(segmenter.segment("找服务")).contains(List.of("找", "服务"));
        assertThat(segmenter.segment("返回首页")).contains(List.of("返回首页"));
        assertThat(segmenter.segment("再说一遍")).contains(List.of("再", "说", "一遍"));
        assertThat(segmenter.segment("第一个")).contains(List.of("第一", "个"));
        assertThat(segmenter.segment("养老顾问")).isEmpty();
        assertThat(segmenter.uncovered("养老顾问")).isEqualTo("养老");
    }

    @Test
    void theVocabularyFileIsReadWithoutEpsilonSilenceAndDisambiguationSymbols() {
        Vocabulary vocabulary = testVocabulary();
        assertThat(vocabulary.contains("返回")).isTrue();
        assertThat(vocabulary.contains("<eps>") || vocabulary.contains("!SIL") || vocabulary.contains("#0")
                || vocabulary.contains("<UNK>")).isFalse();
    }

    @Test
    void leavesOutAndReportsOutOfVocabularyPhrasesAndEndsWithUnk() throws Exception {
        GrammarBuilder builder = new GrammarBuilder(VoiceLanguage.ZH_CN, testVocabulary());

        Grammar grammar = builder.build(List.of("找服务", "养老顾问", "看政策", "找服务", "紧急呼叫"));

        assertThat(grammar.modelPhrases()).containsExactly("找 服务", "看 政策", "紧急 呼叫", "[unk]");
        assertThat(grammar.phraseOf()).containsEntry("找 服务", "找服务").containsEntry("紧急 呼叫", "紧急呼叫");
        assertThat(grammar.outOfVocabulary()).singleElement().asString().contains("养老顾问").contains("养老");
    }

    @Test
    void refusesGrammarsThatWouldCrashTheRecogniser() throws Exception {
        GrammarBuilder builder = new GrammarBuilder(VoiceLanguage.ZH_CN, testVocabulary());

        assertThatThrownBy(() -> builder.build(List.of())).isInstanceOf(VoiceException.class).hasMessageContaining("none given");
        assertThatThrownBy(() -> builder.build(List.of("养老院"))).isInstanceOf(VoiceException.class).hasMessageContaining("养老院");
        assertThatThrownBy(() -> builder.build(List.of("找\"服务"))).isInstanceOf(VoiceException.class).hasMessageContaining("quote");
        assertThatThrownBy(() -> builder.build(List.of("[unk]"))).isInstanceOf(VoiceException.class);
        assertThatThrownBy(() -> builder.build(List.of("  "))).isInstanceOf(VoiceException.class).hasMessageContaining("empty");
    }

    @Test
    void englishPhrasesAreLowerCaseVocabularyWords() throws Exception {
        Vocabulary english = new Vocabulary(List.of("find", "services", "back", "home"));
        GrammarBuilder builder = new GrammarBuilder(VoiceLanguage.EN, english);

        Grammar grammar = builder.build(List.of("Find services", "Back", "canteen"));

        assertThat(grammar.modelPhrases()).containsExactly("find services", "back", "[unk]");
        assertThat(grammar.outOfVocabulary()).singleElement().asString().contains("canteen");
    }
}
