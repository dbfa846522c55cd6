package org.menkou.kiosk.remote;

import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.screen.Choice;
import org.menkou.kiosk.screen.ScreenView;

/**
 * A kiosk page as plain text lines for the fleet page: the title (and page number), the body lines, the choices with
 * their keys (the focused one marked {@code ▶}), the hint and the key help, exactly as the screen shows them. Names
 * stay masked as on the screen, since only what the screen model shows is used.
 */
public final class ScreenText {
    private ScreenText() {
    }

    public static List<String> lines(ScreenView view) {
        List<String> out = new ArrayList<>();
        out.add(view.pageLabel().isEmpty() ? view.title() : view.title() + "  " + view.pageLabel());
        out.add("");
        out.addAll(view.lines());
        if (!view.choices().isEmpty()) {
            out.add("");
            for (int i = 0; i < view.choices().size(); i++) {
                Choice c = view.choices().get(i);
                out.add((i == view.focus() ? "▶ " : "  ") + c.digit() + "  " + c.label());
            }
        }
        if (!view.hint().isEmpty()) {
            out.add("");
            out.add(view.hint());
        }
        if (!view.keyHelp().isEmpty()) {
            out.add("");
            out.add(view.keyHelp());
        }
        return out;
    }

    public static String text(ScreenView view) {
        return String.join("\n", lines(view));
    }
}
