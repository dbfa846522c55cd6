package org.menkou.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;

/** The navigation model on the real demo content, without Lanterna. */
class NavigatorTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static ContentStore store;

    @TempDir
    static Path dir;

    MutableClock clock;
    Navigator nav;
    AtomicInteger sessionsEnded;

    @BeforeAll
    static void seed() {
        store = SeededStore.create(dir, DAY);
    }

    @BeforeEach
    void start() {
        clock = new MutableClock(DAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        KioskContext context = new KioskContext(store, clock, "wt-station-1");
        sessionsEnded = new AtomicInteger();
        nav = new Navigator(() -> new HomeScreen(context), source -> new TestAlarmPage("021-5555 0101"),
                sessionsEnded::incrementAndGet, clock, new Layout(32, 14));
    }

    void press(KioskKey... keys) {
        for (KioskKey k : keys) {
            nav.press(k);
        }
    }

    @Test
    void eightOnTheHomeScreenSwitchesToEnglishAndBack() {
        KioskContext context = new KioskContext(store, clock, "wt-station-1");
        Navigator english = new Navigator(() -> new HomeScreen(context), source -> new TestAlarmPage(null), () -> { },
                clock, new Layout(32, 14), context.language());
        assertThat(english.view().keyHelp()).endsWith("8 English");
        english.press(KioskKey.DIGIT_8);
        ScreenView home = english.view();
        assertThat(home.choices()).extracting(Choice::label)
                .containsExactly("Find services", "Meals", "Policies", "Notices", "Scan card", "Emergency");
        assertThat(home.keyHelp()).isEqualTo("Press a number to choose, Back key: go back, 0: home, 8 中文");
        assertThat(home.speakableText()).contains("1, Find services.");
        english.press(KioskKey.DIGIT_1);
        assertThat(english.view().title()).isEqualTo("Find services");
        assertThat(english.view().lines()).containsExactly("Choose a kind of service:");
        assertThat(english.view().pageLabel()).isEqualTo("Page 1 of 2");
        english.press(KioskKey.DIGIT_7);
        assertThat(english.view().hint()).isEqualTo("There is no such choice. Press 1 to 6, or Back.");
        english.press(KioskKey.DIGIT_0);
        english.press(KioskKey.DIGIT_8);
        assertThat(english.view().choices().get(0).label()).isEqualTo("找服务");
    }

    @Test
    void homeHasTheSixChoicesInTheirFixedOrder() {
        ScreenView home = nav.view();
        assertThat(home.choices()).extracting(Choice::digit).containsExactly(1, 2, 3, 4, 5, 9);
        assertThat(home.choices()).extracting(Choice::label).containsExactly("找服务", "订餐", "政策", "通知活动", "刷码", "紧急呼叫");
        assertThat(home.speakableText()).contains("1，找服务").contains("9，紧急呼叫").contains("0回首页");
        assertThat(home.phrases()).containsEntry("找服务", KioskKey.DIGIT_1).doesNotContainKey("救命");
    }

    @Test
    void servicesGoFromCategoryToItemToDetailAndBack() {
        press(KioskKey.DIGIT_1);
        assertThat(nav.view().title()).isEqualTo("找服务");
        assertThat(nav.view().pages()).isEqualTo(2);
        String firstCategory = nav.view().choices().get(0).label();
        press(KioskKey.DIGIT_1);
        assertThat(nav.view().title()).isEqualTo(firstCategory);
        String item = nav.view().choices().get(0).label();
        press(KioskKey.CONFIRM);
        ScreenView detail = nav.view();
        assertThat(detail.title()).isEqualTo(item);
        List<String> all = allLines();
        assertThat(String.join("", all)).contains("【谁可以用】", "【费用】", "【服务内容】", "【时间】", "【谁来服务】",
                "【怎么申请】", "【地点】", "【电话】");
        press(KioskKey.BACK);
        assertThat(nav.view().title()).isEqualTo(firstCategory);
        press(KioskKey.DIGIT_0);
        assertThat(nav.depth()).isEqualTo(1);
        assertThat(nav.view().choices()).hasSize(6);
    }

    @Test
    void longListsArePagedSixAtATimeWithEightAndNine() {
        press(KioskKey.DIGIT_3);
        ScreenView first = nav.view();
        int policies = store.policies().all().size();
        assertThat(first.choices()).hasSize(6);
        assertThat(first.pages()).isEqualTo((policies + 5) / 6);
        assertThat(first.keyHelp()).contains("8上一页 9下一页");
        press(KioskKey.DIGIT_9);
        ScreenView second = nav.view();
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.choices().get(0).label()).isEqualTo(store.policies().all().get(6).name());
        assertThat(second.choices().get(0).digit()).isEqualTo(1);
        press(KioskKey.DIGIT_8, KioskKey.DIGIT_8);
        assertThat(nav.view().page()).isEqualTo(1);
        assertThat(nav.view().hint()).isEqualTo("已经是第一页了。");
        press(KioskKey.RIGHT, KioskKey.RIGHT, KioskKey.RIGHT, KioskKey.RIGHT);
        assertThat(nav.view().page()).isEqualTo(nav.view().pages());
        assertThat(nav.view().hint()).isEqualTo("已经是最后一页了。");
    }

    @Test
    void everyReachableScreenHasAtMostSixChoicesAndSaysWhatTheKeysDo() {
        List<String> visited = new ArrayList<>();
        walk(0, visited);
        assertThat(visited.size()).isGreaterThan(150);
    }

    /** Visits every choice on every page down to depth 4, checking each screen on the way. */
    private void walk(int depth, List<String> visited) {
        ScreenView v = nav.view();
        for (int page = 1; page <= v.pages(); page++) {
            ScreenView p = nav.view();
            long numbered = p.choices().stream().filter(c -> c.digit() < 9).count();
            assertThat(numbered).as(p.title()).isLessThanOrEqualTo(6);
            assertThat(p.choices().size()).as(p.title()).isLessThanOrEqualTo(6);
            assertThat(p.keyHelp()).contains("0回首页");
            visited.add(p.title() + "#" + p.page());
            if (depth < 4 && !(nav.current() instanceof AlarmPage)) {
                // A choice that keeps the screen (a self-check answer) changes it: stop when choices run out.
                for (int i = 0; i < nav.view().choices().size(); i++) {
                    int before = nav.depth();
                    nav.press(KioskKey.ofDigit(nav.view().choices().get(i).digit()));
                    if (nav.depth() > before) {
                        walk(depth + 1, visited);
                        nav.press(KioskKey.BACK);
                    }
                }
            }
            nav.press(KioskKey.RIGHT);
        }
    }

    @Test
    void selfCheckAsksEveryQuestionAndGivesAPlainAnswer() {
        var policy = store.policies().all().get(0);
        int questions = policy.questions().size();
        press(KioskKey.DIGIT_3, KioskKey.DIGIT_1, KioskKey.DIGIT_1);
        assertThat(nav.view().lines()).anySatisfy(l -> assertThat(l).contains("第1题，共" + questions + "题"));
        assertThat(nav.view().choices()).extracting(Choice::label).containsExactly("是", "不是", "不知道");
        for (var q : policy.questions()) {
            nav.press(q.expectYes() ? KioskKey.DIGIT_1 : KioskKey.DIGIT_2);
        }
        assertThat(nav.view().title()).isEqualTo("自测结果：可以申请");
        press(KioskKey.BACK);
        assertThat(nav.view().title()).isEqualTo(policy.name());

        press(KioskKey.DIGIT_1, KioskKey.DIGIT_3);
        for (int i = 1; i < questions; i++) {
            nav.press(policy.questions().get(i).expectYes() ? KioskKey.DIGIT_1 : KioskKey.DIGIT_2);
        }
        assertThat(nav.view().title()).isEqualTo("自测结果：可能可以，请问养老顾问");

        press(KioskKey.BACK, KioskKey.DIGIT_1);
        nav.press(policy.questions().get(0).expectYes() ? KioskKey.DIGIT_2 : KioskKey.DIGIT_1);
        for (int i = 1; i < questions; i++) {
            nav.press(KioskKey.DIGIT_3);
        }
        assertThat(nav.view().title()).isEqualTo("自测结果：暂时不符合");
    }

    @Test
    void backStepsThroughTheQuestionsOfASelfCheck() {
        var policy = store.policies().all().get(0);
        press(KioskKey.DIGIT_3, KioskKey.DIGIT_1, KioskKey.DIGIT_1, KioskKey.DIGIT_1);
        assertThat(nav.view().lines()).anySatisfy(l -> assertThat(l).contains("第2题"));
        press(KioskKey.BACK);
        assertThat(nav.view().lines()).anySatisfy(l -> assertThat(l).contains("第1题"));
        press(KioskKey.BACK);
        assertThat(nav.view().title()).isEqualTo(policy.name());
    }

    @Test
    void zeroGoesHomeAndTheEmergencyKeyWorksFromAnyDepth() {
        press(KioskKey.DIGIT_1, KioskKey.DIGIT_2, KioskKey.DIGIT_1, KioskKey.EMERGENCY);
        assertThat(nav.view().tone()).isEqualTo(Tone.ALERT);
        assertThat(String.join("", nav.view().lines())).contains("120").contains("110").contains("021-5555 0101");
        press(KioskKey.EMERGENCY);
        assertThat(nav.depth()).isEqualTo(5);
        press(KioskKey.BACK);
        assertThat(nav.depth()).isEqualTo(4);
        press(KioskKey.DIGIT_0);
        assertThat(nav.depth()).isEqualTo(1);
        press(KioskKey.DIGIT_9);
        assertThat(nav.view().tone()).isEqualTo(Tone.ALERT);
    }

    @Test
    void unknownKeysAndMissingChoicesGetAShortHintAndChangeNothing() {
        press(KioskKey.DIGIT_7);
        assertThat(nav.depth()).isEqualTo(1);
        assertThat(nav.view().hint()).isEqualTo("没有这个选项。请按1到5选择，或按返回键。");
        nav.press(null);
        assertThat(nav.view().hint()).startsWith("这个键不能用。");
        press(KioskKey.BACK);
        assertThat(nav.view().hint()).isEqualTo("这里已经是首页了。");
        press(KioskKey.DIGIT_1);
        assertThat(nav.view().hint()).isEmpty();
    }

    @Test
    void arrowsMoveTheFocusAndConfirmPicksTheFocusedChoice() {
        press(KioskKey.DOWN, KioskKey.DOWN);
        assertThat(nav.view().focus()).isEqualTo(2);
        press(KioskKey.UP);
        assertThat(nav.view().focus()).isEqualTo(1);
        press(KioskKey.CONFIRM);
        assertThat(nav.view().title()).isEqualTo("长者食堂菜单");
    }

    @Test
    void menusShowEveryTierPriceAndTodaysCutoff() {
        press(KioskKey.DIGIT_2);
        assertThat(nav.view().choices().get(0).label()).startsWith("今天 11月23日 星期一");
        press(KioskKey.DIGIT_1);
        String text = String.join("", allLines());
        assertThat(text).contains("午餐", "晚餐", "特困", "低保", "80岁以上", "普通", "今天10:00前订餐");
        clock.advance(Duration.ofHours(2));
        press(KioskKey.BACK, KioskKey.DIGIT_1);
        assertThat(String.join("", allLines())).contains("今天已经截止订餐");
    }

    @Test
    void noticesShowOnlyCurrentOnes() {
        press(KioskKey.DIGIT_4);
        List<String> titles = new ArrayList<>();
        do {
            nav.view().choices().forEach(c -> titles.add(c.label()));
            nav.press(KioskKey.RIGHT);
        } while (nav.view().hint().isEmpty());
        long current = store.notices().current("wt-station-1", DAY).size();
        assertThat(titles).hasSize((int) current);
        store.notices().all().stream().filter(n -> !n.isCurrentOn(DAY))
                .forEach(n -> assertThat(titles).noneMatch(t -> t.endsWith(n.title())));
    }

    @Test
    void idleWarnsAfterNinetySecondsCountsDownAndGoesHomeEndingTheSession() {
        press(KioskKey.DIGIT_1, KioskKey.DIGIT_1);
        clock.advance(Duration.ofSeconds(89));
        assertThat(nav.tick()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(nav.tick()).isTrue();
        assertThat(nav.view().title()).isEqualTo("还需要更多时间吗？");
        assertThat(String.join("", nav.view().lines())).contains("按确认继续", "20 秒");
        assertThat(nav.view().keyHelp()).as("any key goes on; 返回 and 0 do not leave here")
                .isEqualTo("按确认或任意键继续").doesNotContain("返回键回上一步");
        clock.advance(Duration.ofSeconds(5));
        assertThat(nav.tick()).isTrue();
        assertThat(String.join("", nav.view().lines())).contains("15 秒");
        press(KioskKey.CONFIRM);
        assertThat(nav.depth()).isEqualTo(3);
        assertThat(nav.isWarningIdle()).isFalse();

        clock.advance(Duration.ofSeconds(110));
        nav.tick();
        assertThat(nav.depth()).isEqualTo(1);
        assertThat(sessionsEnded.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(200));
        assertThat(nav.tick()).isFalse();
    }

    /** An alarm page that holds the kiosk, as the emergency call's page does (which has its own tests). */
    private static final class TestAlarmPage extends Screen implements AlarmPage {
        private final String phone;

        TestAlarmPage(String phone) {
            this.phone = phone;
        }

        @Override
        public String title() {
            return "紧急呼叫";
        }

        @Override
        protected String text() {
            return "有生命危险请马上打 120 急救，遇到危险打 110 报警。" + (phone == null ? "" : "站点电话 " + phone);
        }

        @Override
        protected Tone tone() {
            return Tone.ALERT;
        }

        @Override
        public boolean holdsKiosk() {
            return false;
        }
    }

    private List<String> allLines() {
        List<String> lines = new ArrayList<>(nav.view().lines());
        while (nav.view().page() < nav.view().pages()) {
            nav.press(KioskKey.DIGIT_9);
            lines.addAll(nav.view().lines());
        }
        return lines;
    }
}
