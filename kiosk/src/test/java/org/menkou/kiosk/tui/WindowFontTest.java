package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.meals.BookingResident;
import org.menkou.kiosk.meals.ScriptedCanteenServer;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/** The --window font size follows the screen: the widest and longest screens fit, as large as they can be. */
class WindowFontTest {
    /** WenQuanYi Micro Hei Mono's cells as Lanterna measures them: 0.6 and about 1.17 font sizes. */
    static final IntFunction<WindowFont.Cell> MICRO_HEI = size -> new WindowFont.Cell((int) Math.round(size * 0.6),
            (int) Math.round(size * 1.17));

    @TempDir
    Path dir;

    @Test
    void at1080pTheFontIsTheLargestAtWhichTheScreensFitAndFillsTheDisplay() {
        int size = WindowFont.fitting(1920, 1080, MICRO_HEI);

        assertThat(size).isGreaterThanOrEqualTo(64);
        TerminalSize terminal = WindowFont.terminalSize(1920, 1080, MICRO_HEI.apply(size));
        assertThat(terminal.getColumns()).isGreaterThanOrEqualTo(Layout.MAX_COLUMNS + 4);
        assertThat(terminal.getRows()).isGreaterThanOrEqualTo(WindowFont.MIN_ROWS);
        assertThat(terminal.getRows() * MICRO_HEI.apply(size).height()).isBetween(1080 - MICRO_HEI.apply(size).height(), 1080);
        WindowFont.Cell larger = MICRO_HEI.apply(size + 1);
        assertThat(1920 / larger.width() >= WindowFont.MIN_COLUMNS && 1080 / larger.height() >= WindowFont.MIN_ROWS)
                .as("one pixel larger would not fit").isFalse();
    }

    @Test
    void theSizeFollowsTheScreen() {
        int hd = WindowFont.fitting(1280, 720, MICRO_HEI);
        int fullHd = WindowFont.fitting(1920, 1080, MICRO_HEI);
        int uhd = WindowFont.fitting(3840, 2160, MICRO_HEI);
        assertThat(hd).isLessThan(fullHd).isGreaterThanOrEqualTo(36);
        assertThat(uhd).isGreaterThan(2 * fullHd - 4);
        // A tall, narrow (portrait) screen is limited by its width.
        int portrait = WindowFont.fitting(1080, 1920, MICRO_HEI);
        assertThat(1080 / MICRO_HEI.apply(portrait).width()).isGreaterThanOrEqualTo(WindowFont.MIN_COLUMNS);
        assertThat(1080 / MICRO_HEI.apply(portrait + 1).width()).isLessThan(WindowFont.MIN_COLUMNS);
        assertThat(WindowFont.fitting(200, 100, MICRO_HEI)).isEqualTo(WindowFont.SMALLEST);
    }

    @Test
    void withTheRealFontAt1080pTheHomeScreenIsOnOnePageWithAllItsChoicesInBothLanguages() {
        TerminalSize terminal = realTerminalAt1080p();
        Layout layout = ScreenFrame.BARS.layout(terminal.getColumns(), terminal.getRows());
        ContentStore store = SeededStore.create(dir, LocalDate.now());

        for (VoiceLanguage language : VoiceLanguage.values()) {
            ScreenView home = new HomeScreen(new KioskContext(store, Clock.systemUTC(), "wt-station-1")).view(layout, language);
            assertThat(home.pages()).as("home in %s at %s: %s", language, terminal, home).isEqualTo(1);
            assertThat(home.choices()).hasSize(ScreenView.MAX_CHOICES);
            // The longest greeting, a resident's while the kiosk listens, takes the two lines kept for it.
            String greeting = Ui.HOME_GREETING_RESIDENT.format(language, "张*英");
            assertThat(KioskTextLayout.wrap(greeting, layout.columns())).as(greeting).hasSizeLessThanOrEqualTo(2);
        }
    }

    /**
     * The window at 1080p as a resident sees it, the longest screens drawn: home in both languages, a policy, the emergency call and the meal read-back each show their title, every choice and the
     * whole key help, home on one page with 紧急呼叫.
     */
    @Test
    void withTheRealFontAt1080pTheLongestScreensAreDrawnWhole() throws Exception {
        TerminalSize terminal = realTerminalAt1080p();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2026, 11, 23);
        ContentStore store = SeededStore.create(dir, day);
        ScriptedCanteenServer server = new ScriptedCanteenServer(store.file());
        KioskApp app = new KioskApp(store, new MutableClock(day.atTime(8, 0).atZone(zone).toInstant(), zone),
                "wt-station-1", KioskFeatures.builder()
                .booking(server.bookings(), BookingResident.identified(MealBookingTuiTest.ZHANG)).build());
        VirtualKiosk kiosk = new VirtualKiosk(app.navigator(), terminal.getColumns(), terminal.getRows(), ScreenFrame.BARS);
        app.uiThread().attach(task -> kiosk.tui.post(() -> {
            task.run();
            kiosk.tui.refresh();
        }));
        Navigator navigator = app.navigator();

        assertDrawnWhole(kiosk, navigator, "");
        assertThat(navigator.view().pages()).isEqualTo(1);
        assertThat(MealBookingTuiTest.flat(kiosk)).contains("9紧急呼叫");
        assertThat(kiosk.text()).as("a key and its words on one line").contains("8 English");
        kiosk.keys('3', '1');
        assertDrawnWhole(kiosk, navigator, "");
        for (char key : new char[] {'0', '2', '1', '2', '1', '1', '2'}) {
            kiosk.keys(key);
            MealBookingTuiTest.settle(kiosk);
        }
        MealBookingTuiTest.waitFor(kiosk, "确认吗");
        assertDrawnWhole(kiosk, navigator, "10元");
        kiosk.keys('0', '8');
        assertDrawnWhole(kiosk, navigator, "Emergency");
        assertThat(kiosk.text()).as("a key and its words on one line").contains("0: home", "8 中文");
        assertThat(navigator.view().pages()).isEqualTo(1);
        kiosk.keys(KeyType.F12);
        assertDrawnWhole(kiosk, navigator, "120");
    }

    private static void assertDrawnWhole(VirtualKiosk kiosk, Navigator navigator, String expected) {
        ScreenView view = navigator.view();
        String flat = MealBookingTuiTest.flat(kiosk);
        String screen = kiosk.text();
        assertThat(flat).as(screen).contains(squeeze(view.title()), squeeze(view.keyHelp()), squeeze(expected));
        view.choices().forEach(c -> assertThat(flat).as(screen).contains(squeeze(c.digit() + c.label())));
        assertThat(kiosk.cell(0, 0).getModifiers()).as("the title bar").contains(SGR.REVERSE);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s", "");
    }

    /** The --window terminal on a 1920×1080 screen with the real font, at the size the kiosk picks. */
    private static TerminalSize realTerminalAt1080p() {
        int size = WindowFont.fitting(1920, 1080, s -> WindowFont.measure(TerminalKiosk.DEFAULT_FONT, s));
        assertThat(size).isGreaterThanOrEqualTo(64);
        return WindowFont.terminalSize(1920, 1080, WindowFont.measure(TerminalKiosk.DEFAULT_FONT, size));
    }
}
