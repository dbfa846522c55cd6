package org.menkou.voice.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.pinyin.PhraseMatcher.Outcome;

class PhraseMatcherTest {
    private final PinyinKeys pinyin = new PinyinKeys();

    @Test
    void homophoneSlipsLandOnTheExpectedPhrase() {
        PhraseMatcher matcher = new PhraseMatcher(VoiceLanguage.ZH_CN, pinyin, List.of("订餐", "看政策", "找服务", "返回"));

        assertThat(matcher.match("定餐").phrase()).isEqualTo("订餐");
        assertThat(matcher.match("看正测").phrase()).isEqualTo("看政策");
        assertThat(matcher.match("找 服务").outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(matcher.match("返回").similarity()).isEqualTo(1.0);
    }

    @Test
    void unrelatedTextAndUnknownAreRejected() {
        PhraseMatcher matcher = new PhraseMatcher(VoiceLanguage.ZH_CN, pinyin, List.of("订餐", "看政策", "找服务"));

        assertThat(matcher.match("今天天气很好").outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(matcher.match("[unk]").outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(matcher.match("").outcome()).isEqualTo(Outcome.NO_MATCH);
    }

    @Test
    void twoClosePhrasesAreNeverConfused() {
        PhraseMatcher matcher = new PhraseMatcher(VoiceLanguage.ZH_CN, pinyin, List.of("第一个", "第七个", "第二个"));

        assertThat(matcher.match("第一个").phrase()).isEqualTo("第一个");
        // 第几个 (di ji ge) is as close to 第一个 (di yi ge) as to 第七个 (di qi ge): within the margin, so no choice.
        assertThat(matcher.match("第几个").outcome()).isEqualTo(Outcome.AMBIGUOUS);
    }

    @Test
    void englishIsComparedByLetters() {
        PhraseMatcher matcher = new PhraseMatcher(VoiceLanguage.EN, pinyin, List.of("find services", "policies", "back"));

        assertThat(matcher.match("find service").phrase()).isEqualTo("find services");
        assertThat(matcher.match("the weather is nice").outcome()).isEqualTo(Outcome.NO_MATCH);
    }
}
