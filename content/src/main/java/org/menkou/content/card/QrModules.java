package org.menkou.content.card;

import java.awt.image.BufferedImage;
import java.util.BitSet;

/**
 * The modules of a QR code: a square of dark and light cells, without the quiet zone around it.
 *
 * @param size number of modules per side (21 for version 1, 41 for version 6)
 */
public record QrModules(int size, BitSet dark) {
    /** Quiet zone (light border) every rendering must leave, in modules, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    public QrModules {
        if (size < 21 || size > 177) {
            throw new IllegalArgumentException("a QR code has 21 to 177 modules per side, not " + size);
        }
        dark = (BitSet) dark.clone();
    }

    /** True when the module in column {@code x}, row {@code y} (0-based, from the top left) is dark. */
    public boolean isDark(int x, int y) {
        return dark.get(y * size + x);
    }

    /**
     * A plain black-on-white image of the code: {@code pixelsPerModule} pixels per module and the
     * {@value #QUIET_ZONE}-module quiet zone on every side.
     */
    public BufferedImage toImage(int pixelsPerModule) {
        int side = (size + 2 * QUIET_ZONE) * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                int x = px / pixelsPerModule - QUIET_ZONE;
                int y = py / pixelsPerModule - QUIET_ZONE;
                boolean on = x >= 0 && y >= 0 && x < size && y < size && isDark(x, y);
                image.getRaster().setSample(px, py, 0, on ? 0 : 255);
            }
        }
        return image;
    }
}
