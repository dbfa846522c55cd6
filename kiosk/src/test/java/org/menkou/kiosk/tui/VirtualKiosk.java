package org.menkou.kiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.screen.Navigator;

/** The real kiosk TUI on Lanterna's virtual terminal: keys go in through the terminal, the screen is read back. */
final class VirtualKiosk {
    final DefaultVirtualTerminal terminal;
    final MultiWindowTextGUI gui;
    final KioskTui tui;

    VirtualKiosk(Navigator navigator, int columns, int rows) throws IOException {
        this(navigator, columns, rows, ScreenFrame.BOX);
    }

    VirtualKiosk(Navigator navigator, int columns, int rows, ScreenFrame frame) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        tui = new KioskTui(navigator, gui, frame);
        tui.show();
        update();
    }

    /** Types keys as a keypad would and lets the GUI handle each one. */
    VirtualKiosk keys(Object... keys) throws IOException {
        for (Object k : keys) {
            KeyStroke stroke = k instanceof Character c ? new KeyStroke(c, false, false)
                    : k instanceof KeyType t ? new KeyStroke(t) : (KeyStroke) k;
            terminal.addInput(stroke);
            update();
        }
        return this;
    }

    void update() throws IOException {
        gui.getGUIThread().processEventsAndUpdate();
        gui.getGUIThread().processEventsAndUpdate();
    }

    /** The screen as lines of text; a double-width character is read once. */
    List<String> lines() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder sb = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    col++;
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    String text() {
        return String.join("\n", lines());
    }

    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }
}
