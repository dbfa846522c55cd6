package org.menkou.kiosk.tui;

import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import com.googlecode.lanterna.terminal.swing.SwingTerminalFontConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorAutoCloseTrigger;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.screen.Navigator;

/**
 * Runs the kiosk UI on a real terminal until staff stop it (Ctrl+C): the terminal this process runs in, or with
 * {@code window} a full-screen Swing terminal with a large CJK monospace font, sized to the screen. Blocks the calling thread, which
 * becomes the GUI thread; a timer thread only posts idle ticks to it.
 */
public final class TerminalKiosk {
    /** The CJK monospace font that keeps box borders aligned (Debian package fonts-wqy-microhei). */
    public static final String DEFAULT_FONT = "WenQuanYi Micro Hei Mono";

    private TerminalKiosk() {
    }

    /**
     * @param window   true for the full-screen Swing window, false for the current terminal
     * @param fontSize font size in pixels for the window; empty picks it from the screen size ({@link WindowFont})
     * @param onStart  called on the GUI thread once the UI is up (e.g. to start reading screens aloud)
     */
    public static void run(Navigator navigator, boolean window, OptionalInt fontSize, Consumer<KioskTui> onStart)
            throws IOException {
        run(navigator, null, window, fontSize, onStart);
    }

    /**
     * As {@link #run(Navigator, boolean, OptionalInt, Consumer)}, and a USB scanner typing into this terminal (or
     * window) delivers its codes to {@code onScan} on the GUI thread; null reads no scans.
     */
    public static void run(Navigator navigator, Consumer<ScannedCode> onScan, boolean window, OptionalInt fontSize,
                           Consumer<KioskTui> onStart) throws IOException {
        if (window && GraphicsEnvironment.isHeadless()) {
            throw new IOException("--window needs a display (DISPLAY is not set); run without --window in a terminal");
        }
        // The terminal keeps the real stdout; anything else printed while the UI runs goes to the log.
        PrintStream terminalOut = System.out;
        PrintStream terminalErr = System.err;
        DefaultTerminalFactory factory = new DefaultTerminalFactory(terminalOut, System.in, StandardCharsets.UTF_8);
        if (window) {
            Rectangle screenArea = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            int size = fontSize.orElseGet(() -> WindowFont.fitting(screenArea.width, screenArea.height,
                    s -> WindowFont.measure(DEFAULT_FONT, s)));
            factory.setForceAWTOverSwing(false)
                    .setPreferTerminalEmulator(true)
                    .setTerminalEmulatorTitle("门口")
                    .setTerminalEmulatorFrameAutoCloseTrigger(TerminalEmulatorAutoCloseTrigger.CloseOnExitPrivateMode)
                    .setTerminalEmulatorFontConfiguration(SwingTerminalFontConfiguration.newInstance(
                            new Font(DEFAULT_FONT, Font.PLAIN, size)))
                    .setInitialTerminalSize(WindowFont.terminalSize(screenArea.width, screenArea.height,
                            WindowFont.measure(DEFAULT_FONT, size)));
        } else {
            // Ctrl+C arrives as a key (staff exit, handled by the window) instead of killing the JVM at once.
            factory.setForceTextTerminal(true).setUnixTerminalCtrlCBehaviour(UnixTerminal.CtrlCBehaviour.TRAP);
        }
        System.setOut(StrayOutput.logging("stdout"));
        System.setErr(StrayOutput.logging("stderr"));
        try (Terminal terminal = factory.createTerminal(); Screen screen = new TerminalScreen(terminal)) {
            if (window && terminal instanceof com.googlecode.lanterna.terminal.swing.SwingTerminalFrame frame) {
                frame.setExtendedState(java.awt.Frame.MAXIMIZED_BOTH);
            }
            screen.startScreen();
            screen.setCursorPosition(null);
            MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
            KioskTui tui = new KioskTui(navigator, gui, window ? ScreenFrame.BARS : ScreenFrame.BOX);
            tui.show();
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kiosk-idle-tick");
                t.setDaemon(true);
                return t;
            });
            TextGUIThread guiThread = gui.getGUIThread();
            try {
                if (onScan != null) {
                    tui.readScansFromKeys(onScan, ticks);
                }
                onStart.accept(tui);
                ticks.scheduleAtFixedRate(() -> guiThread.invokeLater(tui::tick), 1, 1, TimeUnit.SECONDS);
                gui.waitForWindowToClose(tui.window());
            } finally {
                ticks.shutdownNow();
                screen.stopScreen();
            }
        } finally {
            System.setOut(terminalOut);
            System.setErr(terminalErr);
        }
    }

}
