package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.ServiceItem;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;

/** The kiosk TUI on Lanterna's DefaultVirtualTerminal + MultiWindowTextGUI, with the real demo content. */
class KioskTuiTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static ContentStore store;

    @TempDir
    static Path dir;

    MutableClock clock;
    VirtualKiosk kiosk;

    @BeforeAll
    static void seed() {
        store = SeededStore.create(dir, DAY);
        // Content that tries to reach the terminal: the domain strips it on the way in; the renderer would too.
        store.notices().save(new Notice("n-escape", NoticeKind.NOTICE, "\u001B[2J清屏\u001B]0;x\u0007测试",
                "\u001B[31m红字\u001B[0m和\u0007响铃都不会出现。", null, DAY, DAY));
        ServiceItem first = store.services().inCategory(store.categories().all().get(0).id()).get(0);
        store.services().save(new ServiceItem(first.id(), first.categoryId(), first.name(), first.summary(),
                first.eligibility(), "网址：" + "https://example.org/" + "x".repeat(90), first.provides(), first.hours(),
                first.provider(), first.howToApply(), first.location(), first.phone(), first.stationIds(), first.sortOrder()));
    }

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(DAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        kiosk = kiosk(80, 24);
    }

    VirtualKiosk kiosk(int columns, int rows) throws Exception {
        return new VirtualKiosk(new KioskApp(store, clock, "wt-station-1", KioskFeatures.basic()).navigator(), columns,
                rows);
    }

    @Test
    void homeShowsTheSixChoicesTheFocusMarkerAndTheKeyHelp() {
        String text = kiosk.text();
        assertThat(text).contains("首页", "▶ 1  找服务", "2  订餐", "3  政策", "4  通知活动", "5  刷码", "9  紧急呼叫");
        assertThat(text).contains("按数字选择，返回键回上一步，0回首页");
        int row = rowOf("▶ 1  找服务");
        TextCharacter focused = kiosk.cell(4, row);
        assertThat(focused.getModifiers()).contains(SGR.REVERSE);
        TextCharacter other = kiosk.cell(4, rowOf("2  订餐"));
        assertThat(other.getModifiers()).doesNotContain(SGR.REVERSE);
    }

    @Test
    void bordersStayAlignedWithDoubleWidthCharactersOnEveryScreen() throws Exception {
        assertBordersAligned();
        kiosk.keys('1');
        assertBordersAligned();
        kiosk.keys('1');
        assertBordersAligned();
        kiosk.keys('1');
        assertBordersAligned();
        kiosk.keys('0', '3', '9');
        assertBordersAligned();
        for (int size : new int[] {40, 60, 100}) {
            VirtualKiosk other = kiosk(size, 20);
            other.keys('1', '1', '1');
            kiosk = other;
            assertBordersAligned();
        }
    }

    @Test
    void keysNavigateHomeToServicesToItemDetailAndBack() throws Exception {
        String category = store.categories().all().get(0).name();
        kiosk.keys('1');
        assertThat(kiosk.text()).contains("找服务", "请选择服务类别", "1  " + category, "第1页，共2页", "8上一页 9下一页");
        kiosk.keys('9');
        assertThat(kiosk.text()).contains("第2页，共2页").doesNotContain("1  " + category);
        kiosk.keys('8', '1');
        ServiceItem item = store.services().inCategory(store.categories().all().get(0).id()).get(0);
        assertThat(kiosk.text()).contains(category, "1  " + item.name());
        kiosk.keys(KeyType.Enter);
        assertThat(kiosk.text()).contains(item.name(), "【谁可以用】");
        kiosk.keys(KeyType.Backspace);
        assertThat(kiosk.text()).contains("1  " + item.name());
        kiosk.keys(KeyType.Escape);
        assertThat(kiosk.text()).contains("请选择服务类别");
        kiosk.keys('0');
        assertThat(kiosk.text()).contains("9  紧急呼叫");
    }

    @Test
    void policiesSelfCheckMenusAndNoticesShowTheirTextOnScreen() throws Exception {
        var policy = store.policies().all().get(0);
        kiosk.keys('3');
        assertThat(kiosk.text()).contains("政策", "想了解哪项政策？", "1  " + policy.name());
        kiosk.keys('1');
        assertThat(kiosk.text()).contains(policy.name(), "1  我能申请吗？");
        kiosk.keys('1');
        assertThat(kiosk.text()).contains("第1题，共" + policy.questions().size() + "题", "1  是", "2  不是", "3  不知道");
        for (var q : policy.questions()) {
            kiosk.keys(q.expectYes() ? '1' : '2');
        }
        assertThat(kiosk.text()).contains("自测结果：可以申请", "【怎么申请】");

        kiosk.keys('0', '2');
        assertThat(kiosk.text()).contains("长者食堂菜单", "1  今天 11月23日 星期一", "2  明天 11月24日 星期二");
        kiosk.keys('2');
        assertThat(kiosk.text()).contains("明天的菜单", "【午餐】", "A套餐", "价格：特困");

        kiosk.keys('0', '4');
        assertThat(kiosk.text()).contains("通知活动", "最近的通知和活动：");
        kiosk.keys('0', '5');
        assertThat(kiosk.text()).contains("刷码", "二维码");
    }

    @Test
    void longTextIsPagedAndAnOverlongWordIsShownWholeAcrossLines() throws Exception {
        kiosk.keys('1', '1', '1');
        StringBuilder all = new StringBuilder();
        int pages = 0;
        while (true) {
            pages++;
            kiosk.lines().subList(3, 19).forEach(l -> all.append(l.replace("┃", "").strip()));
            if (kiosk.text().contains("第" + pages + "页，共" + pages + "页") || pages > 10) {
                break;
            }
            kiosk.keys('9');
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(all.toString()).contains("https://example.org/" + "x".repeat(90));
    }

    @Test
    void f12OpensTheRedEmergencyScreenFromADeepScreen() throws Exception {
        kiosk.keys('3', '1', '1');
        kiosk.keys(KeyType.F12);
        String text = kiosk.text().replace('\u00A0', ' ');
        assertThat(text).contains("！ 紧急呼叫", "120", "110", store.stations().find("wt-station-1").orElseThrow().phone());
        assertThat(kiosk.cell(10, 10).getBackgroundColor()).isEqualTo(KioskColors.ALERT_BACKGROUND);
        kiosk.keys('0');
        assertThat(kiosk.text()).as("0 does not leave a call in progress").contains("！ 紧急呼叫");
        kiosk.keys('1', '1');
        assertThat(kiosk.text()).contains("呼叫已结束");
        kiosk.keys(KeyType.Enter);
        assertThat(kiosk.text()).contains("▶ 1  找服务");
        assertThat(kiosk.cell(10, 10).getBackgroundColor()).isEqualTo(KioskColors.BACKGROUND);
    }

    @Test
    void unknownKeysShowAShortHint() throws Exception {
        kiosk.keys('x');
        assertThat(kiosk.text()).contains("提示：这个键不能用。请按1到5选择，或按返回键。");
        kiosk.keys('7');
        assertThat(kiosk.text()).contains("提示：没有这个选项。");
        kiosk.keys(new KeyStroke(KeyType.F5));
        assertThat(kiosk.text()).contains("提示：这个键不能用。");
    }

    @Test
    void idleCountdownAppearsAndReturnsHome() throws Exception {
        kiosk.keys('4');
        clock.advance(Duration.ofSeconds(91));
        kiosk.tui.tick();
        kiosk.update();
        assertThat(kiosk.text()).contains("还需要更多时间吗？按确认继续", "19 秒后回到首页");
        clock.advance(Duration.ofSeconds(20));
        kiosk.tui.tick();
        kiosk.update();
        assertThat(kiosk.text()).contains("▶ 1  找服务").doesNotContain("还需要更多时间");
    }

    @Test
    void escapeSequencesInContentNeverReachTheTerminal() throws Exception {
        kiosk.keys('4');
        assertThat(kiosk.text()).contains("清屏测试");
        int row = rowOf("清屏测试");
        kiosk.keys(Character.forDigit(choiceDigit(row), 10));
        String text = kiosk.text();
        assertThat(text).contains("红字和响铃都不会出现。");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
    }

    @Test
    void everyViewChangeIsReportedOnceForTheVoice() throws Exception {
        AtomicInteger views = new AtomicInteger();
        kiosk.tui.onViewChanged(v -> views.incrementAndGet());
        kiosk.keys('1', '9', '1');
        assertThat(views.get()).isEqualTo(3);
    }

    @Test
    void themeColoursHaveAContrastOfAtLeastSevenToOne() {
        assertThat(KioskColors.contrast(KioskColors.TEXT, KioskColors.BACKGROUND)).isGreaterThanOrEqualTo(7.0);
        assertThat(KioskColors.contrast(KioskColors.TEXT, KioskColors.ALERT_BACKGROUND)).isGreaterThanOrEqualTo(7.0);
        assertThat(KioskColors.contrast(KioskColors.ACCENT, KioskColors.BACKGROUND)).isGreaterThanOrEqualTo(7.0);
        assertThat(KioskColors.contrast(KioskColors.TEXT, KioskColors.TEXT)).isEqualTo(1.0);
    }

    private int choiceDigit(int row) {
        String line = kiosk.lines().get(row).replace("┃", "").replace("▶", "").strip();
        return line.charAt(0) - '0';
    }

    private int rowOf(String needle) {
        List<String> lines = kiosk.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError("not on screen: " + needle + "\n" + kiosk.text());
    }

    /** Every row is exactly as wide as the terminal and ends in a border character at the last column. */
    private void assertBordersAligned() {
        int columns = kiosk.terminal.getTerminalSize().getColumns();
        List<String> lines = kiosk.lines();
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            assertThat(KioskTextLayout.columns(line)).as("row %d: %s", row, line).isEqualTo(columns);
            assertThat(line.charAt(0)).as("row %d", row).isIn('┏', '┃', '┣', '┗');
            assertThat(line.charAt(line.length() - 1)).as("row %d: %s", row, line).isIn('┓', '┃', '┫', '┛');
        }
    }
}
