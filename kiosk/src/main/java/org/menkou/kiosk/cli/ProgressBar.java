package org.menkou.kiosk.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A text progress bar for downloads: redrawn in place on a terminal, one line per 10% otherwise (logs, pipes).
 * Used from one thread.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final boolean interactive;
    private int lastShown = -1;

    ProgressBar(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    void update(long done, long total) {
        int percent = total <= 0 ? 0 : (int) (done * 100 / total);
        int step = interactive ? percent : percent / 10 * 10;
        if (step == lastShown) {
            return;
        }
        lastShown = step;
        int filled = percent * WIDTH / 100;
        String line = String.format(Locale.ROOT, "[%s%s] %3d%%  %.1f / %.1f MB", "#".repeat(filled), ".".repeat(WIDTH - filled),
                percent, done / 1e6, total / 1e6);
        if (interactive) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    void finish() {
        if (interactive && lastShown >= 0) {
            out.println();
        }
    }
}
