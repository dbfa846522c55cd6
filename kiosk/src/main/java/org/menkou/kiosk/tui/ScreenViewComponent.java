package org.menkou.kiosk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.Text;
import org.menkou.kiosk.screen.Choice;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.screen.Tone;
import org.menkou.kiosk.screen.Ui;

/**
 * Draws one {@link ScreenView} over the whole window in a {@link ScreenFrame}: the title (and page) on top, the text,
 * the choices (the focused one inverse with ▶), a hint line, and the key help at the bottom; in a heavy box, or
 * between reverse-video bars. Everything drawn is cleaned of control characters first.
 */
final class ScreenViewComponent extends AbstractComponent<ScreenViewComponent> {
    private static final int MARGIN = ScreenFrame.MARGIN;

    private final ScreenFrame frame;
    private ScreenView view;
    private String status = "";
    private String voiceStatus = "";

    ScreenViewComponent(ScreenView view, ScreenFrame frame) {
        this.view = view;
        this.frame = frame;
    }

    /** Shows {@code next}; redraws only when it differs from what is shown. */
    void show(ScreenView next) {
        if (!next.equals(view)) {
            this.view = next;
            invalidate();
        }
    }

    /** A short staff status drawn at the right of the title row (e.g. 离线); empty for none. */
    void showStatus(String next) {
        if (!next.equals(status)) {
            status = next;
            invalidate();
        }
    }

    /** A short status of the voice drawn before the staff status (e.g. 麦克风故障); empty for none. */
    void showVoiceStatus(String next) {
        if (!next.equals(voiceStatus)) {
            voiceStatus = next;
            invalidate();
        }
    }

    @Override
    protected ComponentRenderer<ScreenViewComponent> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(ScreenViewComponent component) {
                return new TerminalSize(40, 20);
            }

            @Override
            public void drawComponent(TextGUIGraphics g, ScreenViewComponent component) {
                draw(g, component.frame, component.view, String.join("  ", java.util.stream.Stream.of(component.voiceStatus,
                        component.status).filter(t -> !t.isEmpty()).toList()));
            }
        };
    }

    private static void draw(TextGUIGraphics g, ScreenFrame frame, ScreenView view, String status) {
        int width = g.getSize().getColumns();
        int height = g.getSize().getRows();
        TextColor background = view.tone() == Tone.ALERT ? KioskColors.ALERT_BACKGROUND : KioskColors.BACKGROUND;
        g.setBackgroundColor(background);
        g.setForegroundColor(KioskColors.TEXT);
        g.disableModifiers(SGR.BOLD, SGR.REVERSE);
        g.fill(' ');
        if (width < 12 || height < frame.chromeRows + 3) {
            g.putString(0, 0, "窗口太小");
            return;
        }
        int inner = width - 2 * MARGIN;
        boolean box = frame == ScreenFrame.BOX;
        int titleRow = box ? 1 : 0;
        int firstBodyRow = box ? 3 : 1;
        int lastBodyRow = height - frame.chromeRows + firstBodyRow - 1;
        int hintRow = lastBodyRow + 1;
        List<String> help = helpLines(view, inner);
        if (box) {
            box(g, width, height);
        } else {
            g.enableModifiers(SGR.REVERSE);
            g.putString(0, titleRow, " ".repeat(width));
            for (int i = 0; i < Math.min(frame.helpRows, help.size()); i++) {
                g.putString(0, height - 1 - i, " ".repeat(width));
            }
        }

        String right = String.join("  ", java.util.stream.Stream.of(status, view.pageLabel()).filter(t -> !t.isEmpty()).toList());
        g.enableModifiers(SGR.BOLD);
        String title = (view.tone() == Tone.ALERT ? Ui.ALERT_MARK.in(view.language()) : "") + view.title();
        put(g, MARGIN, titleRow, title, inner - KioskTextLayout.columns(right) - 1);
        g.disableModifiers(SGR.BOLD);
        put(g, width - MARGIN - KioskTextLayout.columns(right), titleRow, right, inner);
        g.disableModifiers(SGR.REVERSE);

        drawBody(g, view, firstBodyRow, lastBodyRow, inner);
        if (!view.hint().isEmpty()) {
            g.enableModifiers(SGR.BOLD);
            put(g, MARGIN, hintRow, "提示：" + view.hint(), inner);
            g.disableModifiers(SGR.BOLD);
        }
        // Key help below the separator in a box, in the bottom bar (as many rows as it takes, up to its limit) without.
        int helpRows = Math.min(frame.helpRows, help.size());
        int firstHelpRow = box ? height - 3 : height - helpRows;
        if (!box) {
            g.enableModifiers(SGR.REVERSE);
        }
        for (int i = 0; i < helpRows; i++) {
            put(g, MARGIN, firstHelpRow + i, help.get(i), inner);
        }
        g.disableModifiers(SGR.REVERSE);
    }

    /** The text lines, then a blank row and the choices (the focused one in reverse video), within the body rows. */
    private static void drawBody(TextGUIGraphics g, ScreenView view, int firstBodyRow, int lastBodyRow, int inner) {
        int row = firstBodyRow;
        for (String line : view.lines()) {
            if (row > lastBodyRow) {
                break;
            }
            put(g, MARGIN, row++, line, inner);
        }
        if (!view.lines().isEmpty() && !view.choices().isEmpty()) {
            row++;
        }
        List<Choice> choices = view.choices();
        for (int i = 0; i < choices.size() && row <= lastBodyRow; i++, row++) {
            boolean focused = i == view.focus();
            String label = (focused ? "▶ " : "  ") + choices.get(i).digit() + "  " + choices.get(i).label();
            if (focused) {
                g.enableModifiers(SGR.REVERSE, SGR.BOLD);
            }
            put(g, MARGIN, row, label, inner);
            g.disableModifiers(SGR.REVERSE, SGR.BOLD);
        }
    }

    /**
     * The key help in lines of at most {@code width} columns, each of its parts (e.g. "0回首页", "8 English") with its
     * separator whole on one line, unless the part alone is wider than a line.
     */
    static List<String> helpLines(ScreenView view, int width) {
        String separator = Ui.HELP_SEPARATOR.in(view.language());
        String[] parts = view.keyHelp().split(Pattern.quote(separator), -1);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i] + (i < parts.length - 1 ? separator.stripTrailing() : "");
            String joined = line.isEmpty() ? part : line + (separator.endsWith(" ") ? " " : "") + part;
            if (KioskTextLayout.columns(joined) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> wrapped = KioskTextLayout.wrap(part, width);
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            line = wrapped.get(wrapped.size() - 1);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Puts one line, cut to {@code maxColumns} on a character boundary so a wide character never hits the border. */
    private static void put(TextGUIGraphics g, int column, int row, String text, int maxColumns) {
        String clean = Text.sanitize(text).replace('\n', ' ');
        StringBuilder fitted = new StringBuilder();
        int used = 0;
        for (int cp : clean.codePoints().toArray()) {
            int w = KioskTextLayout.columns(cp);
            if (used + w > maxColumns) {
                break;
            }
            fitted.appendCodePoint(cp);
            used += w;
        }
        g.putString(column, row, fitted.toString());
    }

    private static void box(TextGUIGraphics g, int width, int height) {
        String horizontal = "━".repeat(width - 2);
        g.putString(0, 0, "┏" + horizontal + "┓");
        g.putString(0, 2, "┣" + horizontal + "┫");
        g.putString(0, height - 4, "┣" + horizontal + "┫");
        g.putString(0, height - 1, "┗" + horizontal + "┛");
        for (int row = 1; row < height - 1; row++) {
            if (row != 2 && row != height - 4) {
                g.putString(0, row, "┃");
                g.putString(width - 1, row, "┃");
            }
        }
    }
}
