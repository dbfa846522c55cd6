package org.menkou.kiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.swing.SwingTerminalFontConfiguration;
import java.awt.Font;
import java.util.function.IntFunction;
import org.menkou.kiosk.screen.ScreenView;

/**
 * The font size of the {@code --window} kiosk, whose screens are drawn between bars ({@link ScreenFrame#BARS}): the
 * largest at which the kiosk's widest and longest screens still fit the screen: {@link #MIN_COLUMNS} cells across
 * (the 16-character text column and its margins) and {@link #MIN_ROWS} rows (title bar, hint, up to three rows of key
 * help, and the home screen on one page: two lines of greeting, a blank line and six choices, 紧急呼叫 among them).
 * With WenQuanYi Micro Hei Mono, whose cells are 0.6 × 1.17 font sizes, that is 66 px at 1920×1080 (the rows decide;
 * the text column is then 44 columns, 22 Chinese characters, wide) and 132 px at 3840×2160. Sizes are in pixels.
 */
public final class WindowFont {
    /** Cells across: the narrowest text column the kiosk lays out and its margins. */
    static final int MIN_COLUMNS = ScreenFrame.BARS.minColumns();
    /** Cells down: everything that is not body, and the home screen's body: two lines, a blank line, six choices. */
    static final int MIN_ROWS = ScreenFrame.BARS.chromeRows + 3 + ScreenView.MAX_CHOICES;
    static final int SMALLEST = 12;
    static final int LARGEST = 240;

    /** A terminal cell of a font size, in pixels. */
    public record Cell(int width, int height) {
        public Cell {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("cell must be positive: " + width + "x" + height);
            }
        }
    }

    private WindowFont() {
    }

    /**
     * The largest font size whose cells fit {@link #MIN_COLUMNS} × {@link #MIN_ROWS} into a screen of
     * {@code widthPx} × {@code heightPx}; {@link #SMALLEST} when even that does not fit.
     *
     * @param cellOf the cell a font size gives (the font's own metrics, see {@link #measure})
     */
    public static int fitting(int widthPx, int heightPx, IntFunction<Cell> cellOf) {
        // A cell is never shorter than its font size, so no larger size can fit MIN_ROWS.
        int upper = Math.min(LARGEST, heightPx / MIN_ROWS);
        for (int size = upper; size > SMALLEST; size--) {
            Cell cell = cellOf.apply(size);
            if (widthPx / cell.width() >= MIN_COLUMNS && heightPx / cell.height() >= MIN_ROWS) {
                return size;
            }
        }
        return SMALLEST;
    }

    /** The terminal that fills a screen of {@code widthPx} × {@code heightPx} with cells of {@code cell}. */
    public static TerminalSize terminalSize(int widthPx, int heightPx, Cell cell) {
        return new TerminalSize(Math.max(MIN_COLUMNS, widthPx / cell.width()), Math.max(MIN_ROWS, heightPx / cell.height()));
    }

    /** The cell Lanterna's Swing terminal uses for {@code family} at {@code size} px (works without a display). */
    public static Cell measure(String family, int size) {
        SwingTerminalFontConfiguration font = SwingTerminalFontConfiguration.newInstance(new Font(family, Font.PLAIN, size));
        return new Cell(font.getFontWidth(), font.getFontHeight());
    }
}
