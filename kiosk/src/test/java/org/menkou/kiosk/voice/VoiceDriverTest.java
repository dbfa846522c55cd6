package org.menkou.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.Phrase;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.pinyin.PhraseMatcher;
import org.menkou.voice.pinyin.PinyinKeys;

/**
 * From what the recogniser heard to the key the kiosk presses, on the real screens: Chinese texts with homophone
 * slips go through the voice module's pinyin matcher against each screen's phrases, as the listener does.
 */
class VoiceDriverTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static ContentStore store;
    static final PinyinKeys PINYIN = new PinyinKeys();

    @TempDir
    static Path dir;

    @BeforeAll
    static void seed() {
        store = SeededStore.create(dir, DAY);
    }

    Navigator navigator(VoiceLanguage language) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return new KioskApp(store, new MutableClock(DAY.atTime(9, 0).atZone(zone).toInstant(), zone), "wt-station-1",
                KioskFeatures.builder().language(language).build()).navigator();
    }

    /** What the listener would return for a recognised Chinese text on this screen. */
    static Heard hear(ScreenView view, String recognised) {
        List<Phrase> phrases = VoiceDriver.phrases(view, VoiceLanguage.ZH_CN);
        List<String> texts = new ArrayList<>(phrases.stream().map(Phrase::text).toList());
        for (GlobalCommand c : GlobalCommand.values()) {
            texts.addAll(c.phrases(VoiceLanguage.ZH_CN));
        }
        PhraseMatcher.Match match = new PhraseMatcher(VoiceLanguage.ZH_CN, PINYIN, texts).match(recognised);
        if (match.outcome() != PhraseMatcher.Outcome.MATCHED) {
            return new Heard.Miss(org.menkou.voice.MissReason.NOT_EXPECTED, recognised);
        }
        for (Phrase p : phrases) {
            if (p.text().equals(match.phrase())) {
                return new Heard.ScreenPhrase(p, recognised, 1.0);
            }
        }
        for (GlobalCommand c : GlobalCommand.values()) {
            if (c.phrases(VoiceLanguage.ZH_CN).contains(match.phrase())) {
                return new Heard.Command(c, recognised, 1.0);
            }
        }
        throw new AssertionError(match.phrase());
    }

    void say(Navigator nav, String recognised) {
        KioskKey key = VoiceDriver.keyFor(nav.view(), hear(nav.view(), recognised));
        assertThat(key).as("'%s' on %s", recognised, nav.view().title()).isNotNull();
        nav.press(key);
    }

    @Test
    void chineseSpeechWithHomophoneSlipsWalksTheKioskLikeTheKeypad() {
        Navigator nav = navigator(VoiceLanguage.ZH_CN);
        say(nav, "定餐");
        assertThat(nav.view().title()).isEqualTo("长者食堂菜单");
        say(nav, "反回");
        say(nav, "正测");
        assertThat(nav.view().title()).isEqualTo("政策");
        say(nav, "第二个");
        assertThat(nav.view().title()).isEqualTo(store.policies().all().get(1).name());
        say(nav, "我能申请吗");
        assertThat(nav.view().choices()).extracting(c -> c.label()).containsExactly("是", "不是", "不知道");
        say(nav, "首页");
        assertThat(nav.depth()).isEqualTo(1);
        say(nav, "救命");
        assertThat(nav.view().title()).isEqualTo("请打电话求助");
        say(nav, "第一个");
        say(nav, "确认");
        assertThat(nav.view().title()).as("the shared store holds no call for the other tests").isEqualTo("呼叫已结束");
    }

    @Test
    void speechThatMatchesNothingOrTwoPhrasesEquallyPressesNothing() {
        Navigator nav = navigator(VoiceLanguage.ZH_CN);
        assertThat(VoiceDriver.keyFor(nav.view(), hear(nav.view(), "今天天气怎么样"))).isNull();
        assertThat(VoiceDriver.keyFor(nav.view(), new Heard.Command(GlobalCommand.REPEAT, "重复", 1))).isNull();
        assertThat(VoiceDriver.keyFor(nav.view(), new Heard.Command(GlobalCommand.CHOICE_6, "第六个", 1)))
                .isEqualTo(KioskKey.DIGIT_9);
    }

    @Test
    void aPhraseWhoseIdIsNoneOfTheScreensPressesNothing() {
        Navigator nav = navigator(VoiceLanguage.ZH_CN);
        assertThat(VoiceDriver.keyFor(nav.view(), new Heard.ScreenPhrase(new Phrase("services", "找服务", 1), "找服务", 1)))
                .as("an id no key gives").isNull();
        assertThat(VoiceDriver.keyFor(nav.view(),
                new Heard.ScreenPhrase(new Phrase(VoiceDriver.phraseId(KioskKey.TALK), "说话", 0), "说话", 1)))
                .as("a key home has no phrase for").isNull();
        Phrase meals = VoiceDriver.phrases(nav.view(), VoiceLanguage.ZH_CN).stream()
                .filter(p -> p.text().equals("订餐")).findFirst().orElseThrow();
        assertThat(VoiceDriver.keyFor(nav.view(), new Heard.ScreenPhrase(meals, "订餐", 1))).isEqualTo(KioskKey.DIGIT_2);
    }

    @Test
    void onlyPhrasesOfTheListeningLanguageReachTheRecogniser() {
        ScreenView home = navigator(VoiceLanguage.ZH_CN).view();
        List<Phrase> chinese = VoiceDriver.phrases(home, VoiceLanguage.ZH_CN);
        List<Phrase> english = VoiceDriver.phrases(home, VoiceLanguage.EN);
        assertThat(chinese).extracting(Phrase::text).contains("找服务", "订餐", "中文").doesNotContain("救命", "紧急呼叫").doesNotContain("find services");
        assertThat(english).extracting(Phrase::text).contains("find services", "meals", "english").allSatisfy(t ->
                assertThat(VoiceLanguage.guess(t)).isEqualTo(VoiceLanguage.EN));
        assertThat(english).filteredOn(p -> p.text().equals("find services")).extracting(Phrase::id).containsExactly("DIGIT_1");
        assertThat(Map.copyOf(home.phrases())).containsEntry("English", KioskKey.DIGIT_8);
    }

    @Test
    void emergencyWordsPressTheEmergencyKeyOnEveryScreenHomeIncluded() {
        Navigator nav = navigator(VoiceLanguage.ZH_CN);
        for (String words : List.of("救命", "紧急呼叫")) {
            assertThat(VoiceDriver.keyFor(nav.view(), hear(nav.view(), words))).as(words + " on home")
                    .isEqualTo(KioskKey.EMERGENCY);
        }
        nav.press(KioskKey.DIGIT_3);
        assertThat(VoiceDriver.keyFor(nav.view(), hear(nav.view(), "救命"))).isEqualTo(KioskKey.EMERGENCY);
        assertThat(VoiceDriver.phrases(navigator(VoiceLanguage.EN).view(), VoiceLanguage.EN)).extracting(Phrase::text)
                .as("the global command says it in English").doesNotContain("emergency", "help me");
    }
}
