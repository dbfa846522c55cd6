package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.Choice;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;

/**
 * On terminals too short for a screen's text and choices together, the choices are paged, never cut off: every
 * choice of every page of the longest screens is drawn, boxed (a terminal) and with bars (the window).
 */
class SmallTerminalPagingTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static ContentStore store;

    @TempDir
    static Path dir;

    @BeforeAll
    static void seed() {
        store = SeededStore.create(dir, DAY);
    }

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {11, 12, 13, 14, 15, 16, 17})
    void everyChoiceOfEveryPageIsDrawnInATerminal(int rows) throws Exception {
        visitTheLongestScreens(rows, ScreenFrame.BOX);
    }

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {8, 9, 10, 11, 12, 13, 14})
    void everyChoiceOfEveryPageIsDrawnInAWindow(int rows) throws Exception {
        visitTheLongestScreens(rows, ScreenFrame.BARS);
    }

    private void visitTheLongestScreens(int rows, ScreenFrame frame) throws Exception {
        MutableClock clock = new MutableClock(DAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        Navigator navigator = new KioskApp(store, clock, "wt-station-1", KioskFeatures.basic()).navigator();
        VirtualKiosk kiosk = new VirtualKiosk(navigator, 40, rows, frame);
        // Chinese, then 8 switches home to English for the rest.
        List<Object[]> paths = List.of(
                new Object[] {},
                new Object[] {'1'},
                new Object[] {'1', '1'},
                new Object[] {'2'},
                new Object[] {'3'},
                new Object[] {'3', '1'},
                new Object[] {'4'},
                new Object[] {'8'},
                new Object[] {'1'},
                new Object[] {'3'},
                new Object[] {KeyType.F12});
        for (Object[] path : paths) {
            kiosk.keys('0').keys(path);
            assertEveryChoiceOfEveryPageDrawn(kiosk, navigator, rows);
        }
    }

    private static void assertEveryChoiceOfEveryPageDrawn(VirtualKiosk kiosk, Navigator navigator, int rows)
            throws Exception {
        ScreenView view = navigator.view();
        for (int page = view.page(); ; page++) {
            view = navigator.view();
            String screen = kiosk.text();
            for (Choice c : view.choices()) {
                assertThat(screen).as("%s, page %d of %d at %d rows:%n%s", view.title(), view.page(), view.pages(),
                        rows, screen).contains(c.digit() + "  " + prefix(c.label()));
            }
            if (view.page() >= view.pages()) {
                return;
            }
            kiosk.keys(KeyType.ArrowRight);
        }
    }

    /** The start of a label, short enough for a 40-column terminal. */
    private static String prefix(String label) {
        return label.codePoints().limit(6).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }
}
