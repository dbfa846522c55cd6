package org.menkou.kiosk.tui;

import org.menkou.kiosk.screen.Layout;

/**
 * How the kiosk frames a screen's body on the terminal, and so how many rows and columns the body gets
 * ({@link #layout}).
 */
enum ScreenFrame {
    /**
     * A heavy box: top border, title, separator, body, hint, separator, two rows of key help, bottom border; the body
     * at most {@link Layout#MAX_COLUMNS} wide. For terminals (tmux, SSH, the Linux console), whose size the kiosk
     * does not choose.
     */
    BOX(8, 2),
    /**
     * No box: the title in a reverse-video bar on the top row, the body, a hint row and the key help in a
     * reverse-video bar of one to three rows at the bottom; the body as wide as the window allows, up to
     * {@link #WIDE_COLUMNS}. For the {@code --window} kiosk, whose rows are few and large.
     */
    BARS(5, 3);

    /** The widest body line in a window, in columns: 24 Chinese characters. */
    static final int WIDE_COLUMNS = 48;
    /** Empty columns left and right of the body, inside the box if there is one. */
    static final int MARGIN = 2;

    /** Rows taken by everything but the body. */
    final int chromeRows;
    /** Rows of key help at most; longer key help is cut. */
    final int helpRows;

    ScreenFrame(int chromeRows, int helpRows) {
        this.chromeRows = chromeRows;
        this.helpRows = helpRows;
    }

    /** The body's layout in a terminal of {@code columns} × {@code rows} cells. */
    Layout layout(int columns, int rows) {
        if (this == BOX) {
            return Layout.forTerminal(columns, rows);
        }
        return new Layout(Math.max(8, Math.min(WIDE_COLUMNS, columns - 2 * MARGIN)), Math.max(3, rows - chromeRows));
    }

    /** Cells across the body needs at least: the kiosk's 16-character text column and the margins. */
    int minColumns() {
        return Layout.MAX_COLUMNS + 2 * MARGIN + (this == BOX ? 2 : 0);
    }
}
