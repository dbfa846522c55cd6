package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.menkou.kiosk.screen.Layout;

/** The --window font size follows the screen: the kiosk's widest screen fits, and it is large at 1080p. */
class WindowFontTest {
    /** WenQuanYi Micro Hei Mono's cells as Lanterna measures them: 0.6 and about 1.17 font sizes. */
    static final IntFunction<WindowFont.Cell> MICRO_HEI = size -> new WindowFont.Cell((int) Math.round(size * 0.6),
            (int) Math.round(size * 1.17));

    @Test
    void at1080pTheFontIsAtLeast64PixelsAndTheLongestScreenFits() {
        int size = WindowFont.fitting(1920, 1080, MICRO_HEI);

        assertThat(size).isGreaterThanOrEqualTo(64);
        TerminalSize terminal = WindowFont.terminalSize(1920, 1080, MICRO_HEI.apply(size));
        assertThat(terminal.getColumns()).isGreaterThanOrEqualTo(Layout.MAX_COLUMNS + 6);
        assertThat(terminal.getRows()).isGreaterThanOrEqualTo(ScreenViewComponent.CHROME_ROWS + 6);
        assertThat(terminal.getRows() * MICRO_HEI.apply(size).height()).isLessThanOrEqualTo(1080);
        // One size larger would no longer fit.
        WindowFont.Cell larger = MICRO_HEI.apply(size + 1);
        assertThat(1920 / larger.width() >= WindowFont.MIN_COLUMNS && 1080 / larger.height() >= WindowFont.MIN_ROWS).isFalse();
    }

    @Test
    void theSizeFollowsTheScreen() {
        int hd = WindowFont.fitting(1280, 720, MICRO_HEI);
        int fullHd = WindowFont.fitting(1920, 1080, MICRO_HEI);
        int uhd = WindowFont.fitting(3840, 2160, MICRO_HEI);
        assertThat(hd).isLessThan(fullHd).isGreaterThanOrEqualTo(40);
        assertThat(uhd).isGreaterThan(2 * fullHd - 4);
        // A tall, narrow (portrait) screen is limited by its width.
        int portrait = WindowFont.fitting(1080, 1920, MICRO_HEI);
        assertThat(1080 / MICRO_HEI.apply(portrait).width()).isGreaterThanOrEqualTo(WindowFont.MIN_COLUMNS);
        assertThat(WindowFont.fitting(200, 100, MICRO_HEI)).isEqualTo(WindowFont.SMALLEST);
    }

    @Test
    void theRealFontsCellsGiveAtLeast64PixelsAt1080p() {
        int size = WindowFont.fitting(1920, 1080, s -> WindowFont.measure(TerminalKiosk.DEFAULT_FONT, s));
        assertThat(size).isGreaterThanOrEqualTo(64);
    }
}
