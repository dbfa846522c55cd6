package org.menkou.kiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.menkou.hardware.KioskKey;

/**
 * What a kiosk keypad (or a keyboard) sends, as kiosk keys: digits pick, Enter is 确认, Backspace and Esc are
 * 返回, F12 is the red emergency button, F11 the talk button, arrows move focus and pages.
 */
final class KeyMapping {
    private KeyMapping() {
    }

    /** The kiosk key for a keystroke, or null when the kiosk has no use for it (letters, other function keys). */
    static KioskKey map(KeyStroke stroke) {
        KeyType type = stroke.getKeyType();
        if (type == KeyType.Character) {
            char c = stroke.getCharacter();
            if (c >= '0' && c <= '9' && !stroke.isCtrlDown() && !stroke.isAltDown()) {
                return KioskKey.ofDigit(c - '0');
            }
            return null;
        }
        return switch (type) {
            case Enter -> KioskKey.CONFIRM;
            case Backspace, Escape -> KioskKey.BACK;
            case F12 -> KioskKey.EMERGENCY;
            case F11 -> KioskKey.TALK;
            case ArrowUp -> KioskKey.UP;
            case ArrowDown -> KioskKey.DOWN;
            case ArrowLeft, PageUp -> KioskKey.LEFT;
            case ArrowRight, PageDown -> KioskKey.RIGHT;
            default -> null;
        };
    }

    /** Ctrl+C: the staff's way to stop the kiosk program (a resident's keypad cannot send it). */
    static boolean isStaffExit(KeyStroke stroke) {
        return stroke.getKeyType() == KeyType.Character && stroke.isCtrlDown()
                && Character.toLowerCase(stroke.getCharacter()) == 'c';
    }
}
