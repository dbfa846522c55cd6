package org.menkou.kiosk.tui;

import com.googlecode.lanterna.TextColor;

/**
 * The kiosk's colours. Every pair used for text has a contrast ratio of at least 7:1 (WCAG AAA); focus is also shown
 * by inverse video and a ▶ marker, and the alarm by words, never by colour alone.
 */
final class KioskColors {
    static final TextColor.RGB TEXT = new TextColor.RGB(255, 255, 255);
    static final TextColor.RGB BACKGROUND = new TextColor.RGB(0, 0, 0);
    static final TextColor.RGB ACCENT = new TextColor.RGB(255, 230, 0);
    static final TextColor.RGB ALERT_BACKGROUND = new TextColor.RGB(153, 0, 0);

    private KioskColors() {
    }

    /** WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white). */
    static double contrast(TextColor.RGB a, TextColor.RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(TextColor.RGB c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
