package org.menkou.kiosk.meals;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a number in big digits, 5 rows high, with block characters inside a frame (┃ … ┃), for the booking number.
 * Every row is made of box-drawing and block characters only, so the voice does not read them (see
 * {@code ScreenView#speakableText}); the number itself must also be said in words beside it.
 */
final class BigDigits {
    private static final String[][] GLYPHS = {
            {"███", "█ █", "█ █", "█ █", "███"},
            {" █ ", "██ ", " █ ", " █ ", "███"},
            {"███", "  █", "███", "█  ", "███"},
            {"███", "  █", "███", "  █", "███"},
            {"█ █", "█ █", "███", "  █", "  █"},
            {"███", "█  ", "███", "  █", "███"},
            {"███", "█  ", "███", "█ █", "███"},
            {"███", "  █", "  █", "  █", "  █"},
            {"███", "█ █", "███", "█ █", "███"},
            {"███", "█ █", "███", "  █", "███"},
    };

    private BigDigits() {
    }

    /** The rows of {@code number} drawn big; a negative number is not drawn. */
    static List<String> rows(int number) {
        String digits = Integer.toString(number);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            StringBuilder sb = new StringBuilder("┃ ");
            for (char c : digits.toCharArray()) {
                sb.append(GLYPHS[c - '0'][row]).append("  ");
            }
            rows.add(sb.append("┃").toString());
        }
        return rows;
    }
}
