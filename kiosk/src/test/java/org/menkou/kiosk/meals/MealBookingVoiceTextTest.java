package org.menkou.kiosk.meals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.KioskResident;
import org.menkou.content.Meal;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.kiosk.testing.SpokenText;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.pinyin.PhraseMatcher;
import org.menkou.voice.pinyin.PinyinKeys;

/**
 * Booking by voice at text level: Chinese texts as the recogniser returns them (words split by spaces) go through
 * the voice module's phrase matcher against each screen's {@link ScreenView#phrases()} plus the global commands,
 * and the matched key drives the navigator.
 */
class MealBookingVoiceTextTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final PinyinKeys PINYIN = new PinyinKeys();
    private static final KioskResident LI = new KioskResident("r-3f8x1w", "李*国", "DIBAO", "wt-station-2", 1950);

    @TempDir
    Path dir;

    private ContentStore store;
    private ScriptedCanteenServer server;
    private Navigator nav;
    private KioskApp app;

    @BeforeEach
    void setUp() {
        store = SeededStore.create(dir, DAY);
        server = new ScriptedCanteenServer(store.database());
        MutableClock clock = new MutableClock(DAY.atTime(8, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        app = new KioskApp(store, clock, "wt-station-2",
                KioskFeatures.builder().booking(server.bookings(), BookingResident.identified(LI)).build());
        nav = app.navigator();
    }

    /** Matches {@code recognised} against what the current page listens for and presses the key it stands for. */
    private void say(String recognised) {
        ScreenView view = nav.view();
        nav.press(SpokenText.keyFor(view, recognised));
        awaitAnswers();
    }

    /** Runs the answers handed to the UI thread until no page waits for the server any more (5 s at most). */
    private void awaitAnswers() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            app.uiThread().runWaiting();
            String title = nav.view().title();
            if (!title.contains("正在提交")) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("still waiting for the server: " + nav.view().title());
    }

    private String screen() {
        ScreenView v = nav.view();
        return v.title() + "|" + String.join("", v.lines());
    }

    @Test
    void aWholeBookingAndItsCancellationByVoiceAlone() {
        String dish = store.menus().find("wt-canteen", DAY.plusDays(1), Meal.LUNCH).orElseThrow().sets().get(1).dishes().get(0);
        say("订 餐");
        assertThat(nav.view().title()).isEqualTo("订餐");
        say("我 要 订餐");
        say("明天");
        say("中饭");
        say(dish); // the first dish of set B picks set B
        say("送 到 家");
        assertThat(screen()).contains("明天午餐，B套餐，送餐，2元，确认吗");
        say("确认");
        assertThat(nav.view().title()).isEqualTo("订好了");
        assertThat(nav.view().speakableText()).contains("您的订餐号是1号").doesNotContain("█", "┃");

        say("我 订 的 餐");
        say("明天 午餐");
        say("取消 订餐");
        assertThat(screen()).contains("确认吗");
        say("确认");
        assertThat(nav.view().hint()).isEqualTo("已经取消了。");
        assertThat(server.bookings().ofResident(LI.id()).get(0).state().label()).isEqualTo("已取消");
    }

    @Test
    void readBackCanBeRefusedAndEveryBookingScreenHasAtMostSixUnambiguousChoices() {
        say("订餐");
        List<ScreenView> seen = new ArrayList<>();
        seen.add(nav.view());
        for (String step : List.of("订 饭", "后天", "晚饭", "第一个", "堂吃")) {
            say(step);
            seen.add(nav.view());
        }
        assertThat(screen()).contains("后天晚餐，A套餐，堂吃，3元，确认吗");
        say("算了");
        assertThat(nav.depth()).isEqualTo(1);
        assertThat(server.bookings().all()).isEmpty();
        for (ScreenView v : seen) {
            assertThat(v.choices().size()).isLessThanOrEqualTo(6);
            PhraseMatcher own = new PhraseMatcher(VoiceLanguage.ZH_CN, PINYIN, List.copyOf(v.phrases().keySet()));
            v.phrases().keySet().forEach(p -> assertThat(own.match(p).phrase()).as(v.title()).isEqualTo(p));
        }
    }
}
