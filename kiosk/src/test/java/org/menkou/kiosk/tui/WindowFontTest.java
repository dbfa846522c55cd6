package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.ScreenView;
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

        assertThat(size).isGreaterThan(48);
        TerminalSize terminal = WindowFont.terminalSize(1920, 1080, MICRO_HEI.apply(size));
        assertThat(terminal.getColumns()).isGreaterThanOrEqualTo(Layout.MAX_COLUMNS + 6);
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
        int size = WindowFont.fitting(1920, 1080, s -> WindowFont.measure(TerminalKiosk.DEFAULT_FONT, s));
        TerminalSize terminal = WindowFont.terminalSize(1920, 1080, WindowFont.measure(TerminalKiosk.DEFAULT_FONT, size));
        Layout layout = Layout.forTerminal(terminal.getColumns(), terminal.getRows());
        ContentStore store = SeededStore.create(dir, LocalDate.now());

        assertThat(size).isGreaterThan(48);
        for (VoiceLanguage language : VoiceLanguage.values()) {
            ScreenView home = new HomeScreen(new KioskContext(store, Clock.systemUTC(), "wt-station-1")).view(layout, language);
            assertThat(home.pages()).as("home in %s at %d px: %s", language, size, home).isEqualTo(1);
            assertThat(home.choices()).hasSize(ScreenView.MAX_CHOICES);
        }
    }
}
