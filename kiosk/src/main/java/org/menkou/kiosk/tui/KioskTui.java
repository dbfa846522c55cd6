package org.menkou.kiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.hardware.KeystrokeBurstDetector;
import org.menkou.hardware.KioskKey;
import org.menkou.hardware.ScannedCode;
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
    private final ScreenFrame frame;
    private final ScreenViewComponent component;
    private final List<Consumer<ScreenView>> viewListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> talkListeners = new CopyOnWriteArrayList<>();
    private ScreenView shown;
    private ScannerKeyFilter scanner;

    /** A kiosk UI in a terminal: each screen drawn in a box ({@link ScreenFrame#BOX}). */
    public KioskTui(Navigator navigator, WindowBasedTextGUI gui) {
        this(navigator, gui, ScreenFrame.BOX);
    }

    KioskTui(Navigator navigator, WindowBasedTextGUI gui, ScreenFrame frame) {
        this.navigator = navigator;
        this.gui = gui;
        this.frame = frame;
        this.component = new ScreenViewComponent(navigator.view(), frame);
        window.setComponent(component);
    }

    /** Adds the window to the GUI and draws the first screen. */
    public void show() {
        TerminalSize size = gui.getScreen().getTerminalSize();
        navigator.resize(frame.layout(size.getColumns(), size.getRows()));
        gui.addWindow(window);
        render();
    }

    /** Called with every new view (a new screen, page, focus or hint), on the GUI thread; e.g. to read it aloud. */
    public void onViewChanged(Consumer<ScreenView> listener) {
        viewListeners.add(listener);
    }

    /** Called on the GUI thread when the talk button (push-to-talk) is pressed. */
    public void onTalk(Runnable listener) {
        talkListeners.add(listener);
    }

    /**
     * Presses a kiosk key as if it came from the keypad (e.g. a spoken command) and redraws. GUI thread only.
     *
     * @return true when the shown screen changed
     */
    public boolean press(KioskKey key) {
        ScreenView before = navigator.view();
        if (key == KioskKey.TALK) {
            talkListeners.forEach(Runnable::run);
            return false;
        }
        navigator.press(key);
        render();
        return !navigator.view().equals(before);
    }

    /**
     * The emergency call from {@code source} (the button device, a spoken 救命), as F12 is from the keyboard; redraws.
     * GUI thread only.
     *
     * @return true when the shown screen changed
     */
    public boolean emergency(AlarmSource source) {
        ScreenView before = navigator.view();
        navigator.emergency(source);
        render();
        return !navigator.view().equals(before);
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

    /**
     * Shows a short status of the voice at the right of the title row, before the staff status (e.g. "麦克风故障");
     * empty hides it. GUI thread only; other threads use {@link #post}.
     */
    public void showVoiceStatus(String status) {
        component.showVoiceStatus(status);
    }

    /**
     * From now on, tells a USB scanner typing into this terminal from a person: a code it types goes to
     * {@code onScan} (on the GUI thread, then the screen is redrawn), a person's keys go on to the navigator as
     * before, each held at most {@link KeystrokeBurstDetector#DEFAULT_MAX_GAP_MILLIS} ms. {@code timer} wakes the
     * filter when held keys are due; the caller owns and shuts it down.
     */
    public void readScansFromKeys(Consumer<ScannedCode> onScan, ScheduledExecutorService timer) {
        long start = System.nanoTime();
        scanner = new ScannerKeyFilter(new KeystrokeBurstDetector(), () -> (System.nanoTime() - start) / 1_000_000,
                this::handleKey, code -> {
                    onScan.accept(code);
                    render();
                },
                at -> timer.schedule(() -> post(scanner::wake),
                        Math.max(0, at - (System.nanoTime() - start) / 1_000_000), TimeUnit.MILLISECONDS));
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

    private void handleKey(KeyStroke key) {
        if (KeyMapping.isStaffExit(key)) {
            window.close();
            return;
        }
        press(KeyMapping.map(key));
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
            if (scanner != null) {
                scanner.key(key);
            } else {
                handleKey(key);
            }
            return true;
        }

        @Override
        public void draw(com.googlecode.lanterna.gui2.TextGUIGraphics graphics) {
            TerminalSize size = graphics.getSize();
            navigator.resize(frame.layout(size.getColumns(), size.getRows()));
            component.show(navigator.view());
            super.draw(graphics);
        }
    }
}
