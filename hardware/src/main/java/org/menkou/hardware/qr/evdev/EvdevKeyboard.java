package org.menkou.hardware.qr.evdev;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Turns Linux input events ({@code struct input_event}, 24 bytes on 64-bit Linux: seconds and microseconds as two
 * longs, then type, code and value) from a keyboard-like device into typed characters, with the US layout that USB
 * scanners emulate by default. Tracks Shift and Caps Lock. Key presses and auto-repeats type; releases do not.
 * Not thread-safe: one reading thread owns it.
 */
final class EvdevKeyboard {
    static final int EVENT_SIZE = 24;
    static final int EV_KEY = 1;
    static final int KEY_ENTER = 28;
    static final int KEY_KPENTER = 96;
    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_RIGHTSHIFT = 54;
    static final int KEY_CAPSLOCK = 58;
    private static final String ROW_DIGITS = "1234567890-=";
    private static final String ROW_DIGITS_SHIFTED = "!@#$%^&*()_+";
    private static final String ROW_Q = "qwertyuiop[]";
    private static final String ROW_Q_SHIFTED = "QWERTYUIOP{}";
    private static final String ROW_A = "asdfghjkl;'`";
    private static final String ROW_A_SHIFTED = "ASDFGHJKL:\"~";
    private static final String ROW_Z = "\\zxcvbnm,./";
    private static final String ROW_Z_SHIFTED = "|ZXCVBNM<>?";

    /** A character typed at a time in milliseconds (the kernel's event time). */
    record KeyPress(char key, long timeMillis) {
    }

    private boolean leftShift;
    private boolean rightShift;
    private boolean capsLock;

    /** The character an event types, if any; {@code event} holds exactly one {@value #EVENT_SIZE}-byte event. */
    Optional<KeyPress> accept(ByteBuffer event) {
        event.order(ByteOrder.nativeOrder());
        long seconds = event.getLong(0);
        long micros = event.getLong(8);
        int type = Short.toUnsignedInt(event.getShort(16));
        int code = Short.toUnsignedInt(event.getShort(18));
        int value = event.getInt(20);
        if (type != EV_KEY) {
            return Optional.empty();
        }
        boolean down = value != 0;
        switch (code) {
            case KEY_LEFTSHIFT -> leftShift = down;
            case KEY_RIGHTSHIFT -> rightShift = down;
            case KEY_CAPSLOCK -> capsLock ^= value == 1;
            default -> {
                if (value == 1 || value == 2) {
                    return character(code).map(c -> new KeyPress(c, seconds * 1000 + micros / 1000));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Character> character(int code) {
        boolean shift = leftShift || rightShift;
        if (code == KEY_ENTER || code == KEY_KPENTER) {
            return Optional.of('\n');
        }
        if (code == 57) {
            return Optional.of(' ');
        }
        String keypad = keypad(code);
        if (keypad != null) {
            return Optional.of(keypad.charAt(0));
        }
        Character c = row(code, shift);
        if (c != null && Character.isLetter(c) && capsLock) {
            c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        }
        return Optional.ofNullable(c);
    }

    private static Character row(int code, boolean shift) {
        if (code >= 2 && code <= 13) {
            return (shift ? ROW_DIGITS_SHIFTED : ROW_DIGITS).charAt(code - 2);
        }
        if (code >= 16 && code <= 27) {
            return (shift ? ROW_Q_SHIFTED : ROW_Q).charAt(code - 16);
        }
        if (code >= 30 && code <= 41) {
            return (shift ? ROW_A_SHIFTED : ROW_A).charAt(code - 30);
        }
        if (code >= 43 && code <= 53) {
            return (shift ? ROW_Z_SHIFTED : ROW_Z).charAt(code - 43);
        }
        return null;
    }

    private static String keypad(int code) {
        return switch (code) {
            case 71 -> "7";
            case 72 -> "8";
            case 73 -> "9";
            case 74 -> "-";
            case 75 -> "4";
            case 76 -> "5";
            case 77 -> "6";
            case 78 -> "+";
            case 79 -> "1";
            case 80 -> "2";
            case 81 -> "3";
            case 82 -> "0";
            case 83 -> ".";
            case 55 -> "*";
            case 98 -> "/";
            default -> null;
        };
    }
}
