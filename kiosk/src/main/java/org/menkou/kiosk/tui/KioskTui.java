package org.menkou.kiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;

/**
 * The kiosk's terminal UI: one full-screen window that draws the navigator's current {@link ScreenView} and turns
 * keystrokes into kiosk keys. All methods run on the GUI thread (the thread that processes the text GUI's input);
 * other threads go through {@code gui.getGUIThread().invokeLater}.
 */
public final class KioskTui {
    private final Navigator navigator;
    private final WindowBasedTextGUI gui;
    private final KioskWindow window = new KioskWindow();
    private final ScreenViewComponent component;
    private final List<Consumer<ScreenView>> viewListeners = new CopyOnWriteArrayList<>();
    private ScreenView shown;

    public KioskTui(Navigator navigator, WindowBasedTextGUI gui) {
        this.navigator = navigator;
        this.gui = gui;
        this.component = new ScreenViewComponent(navigator.view());
        window.setComponent(component);
    }

    /** Adds the window to the GUI and draws the first screen. */
    public void show() {
        TerminalSize size = gui.getScreen().getTerminalSize();
        navigator.resize(Layout.forTerminal(size.getColumns(), size.getRows()));
        gui.addWindow(window);
        render();
    }

    /** Called with every new view (a new screen, page, focus or hint), on the GUI thread; e.g. to read it aloud. */
    public void onViewChanged(Consumer<ScreenView> listener) {
        viewListeners.add(listener);
    }

    /** Advances the idle clock and redraws if that changed anything; call about once a second on the GUI thread. */
    public void tick() {
        if (navigator.tick()) {
            render();
        }
    }

    /**
     * Shows a short status for staff at the right of the title row, e.g. "离线"; empty hides it. GUI thread only;
     * other threads use {@link #post}.
     */
    public void showStatus(String status) {
        component.showStatus(status);
    }

    /** A key from outside the terminal (the emergency button device, voice), as if typed. GUI thread only. */
    public void pressKey(org.menkou.hardware.KioskKey key) {
        navigator.press(key);
        render();
    }

    /** Redraws the current screen, e.g. after the state of an emergency call changed. GUI thread only. */
    public void refresh() {
        render();
    }

    /** Runs {@code task} on the GUI thread; safe to call from any thread. */
    public void post(Runnable task) {
        gui.getGUIThread().invokeLater(task);
    }

    /** The window; closing it ends {@code gui.waitForWindowToClose}. */
    public Window window() {
        return window;
    }

    private void render() {
        ScreenView view = navigator.view();
        component.show(view);
        if (!view.equals(shown)) {
            shown = view;
            viewListeners.forEach(l -> l.accept(view));
        }
    }

    /** A full-screen, undecorated window that sends every key to the navigator. */
    private final class KioskWindow extends BasicWindow {
        KioskWindow() {
            setHints(List.of(Hint.FULL_SCREEN, Hint.NO_DECORATIONS, Hint.NO_POST_RENDERING));
        }

        @Override
        public boolean handleInput(KeyStroke key) {
            if (KeyMapping.isStaffExit(key)) {
                close();
                return true;
            }
            navigator.press(KeyMapping.map(key));
            render();
            return true;
        }

        @Override
        public void draw(com.googlecode.lanterna.gui2.TextGUIGraphics graphics) {
            TerminalSize size = graphics.getSize();
            navigator.resize(Layout.forTerminal(size.getColumns(), size.getRows()));
            component.show(navigator.view());
            super.draw(graphics);
        }
    }
}
