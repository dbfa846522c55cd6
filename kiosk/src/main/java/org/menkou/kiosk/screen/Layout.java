package org.menkou.kiosk.screen;

import org.menkou.content.KioskTextLayout;

/**
 * The space a screen's body has, in terminal cells: {@code columns} per line (a Chinese character takes two) and
 * {@code rows} lines for text and choices together, between the title and the key help.
 */
public record Layout(int columns, int rows) {
    /** In a terminal, lines are never wider than this many columns (16 Chinese characters) however wide it is. */
    public static final int MAX_COLUMNS = KioskTextLayout.KIOSK_COLUMNS;

    public Layout {
        if (columns < 8 || rows < 3) {
            throw new IllegalArgumentException("layout too small: " + columns + "x" + rows);
        }
    }

    /** The layout for a terminal of the given size, after borders, title, hint and key help are taken off. */
    public static Layout forTerminal(int terminalColumns, int terminalRows) {
        return new Layout(Math.max(8, Math.min(MAX_COLUMNS, terminalColumns - 6)), Math.max(3, terminalRows - 8));
    }
}
