package org.menkou.admin.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A small stand-in for {@code org.menkou.content.KioskTextLayout} until it is available: wraps by display width,
 * counting East Asian wide and full-width characters as two columns, breaking anywhere (CJK has no spaces).
 */
public final class CjkTextLayout implements TextLayout {
    @Override
    public List<String> wrap(String text, int columns) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int width = 0;
            for (int cp : paragraph.codePoints().toArray()) {
                int w = width(cp);
                if (width + w > columns) {
                    out.add(line.toString());
                    line.setLength(0);
                    width = 0;
                }
                line.appendCodePoint(cp);
                width += w;
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Display columns of one code point in a terminal. */
    static int width(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
    }
}
