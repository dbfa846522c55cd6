package org.menkou.hardware;

import java.util.Optional;

/** The physical keys of a kiosk: the digit pad, 确认, 返回, the talk button and the red emergency button. */
public enum KioskKey {
    DIGIT_0, DIGIT_1, DIGIT_2, DIGIT_3, DIGIT_4, DIGIT_5, DIGIT_6, DIGIT_7, DIGIT_8, DIGIT_9,
    /** 确认. */
    CONFIRM,
    /** 返回: one step back. */
    BACK,
    /** The "说话" push-to-talk button. */
    TALK,
    /** The red emergency button. */
    EMERGENCY,
    /** Arrow keys of a keyboard, for staff and testers: move the focus and turn pages. */
    UP, DOWN, LEFT, RIGHT;

    /** The digit key for {@code digit} (0-9). */
    public static KioskKey ofDigit(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("not a digit: " + digit);
        }
        return values()[digit];
    }

    /** The digit this key stands for, or empty for a non-digit key. */
    public Optional<Integer> digit() {
        return ordinal() <= 9 ? Optional.of(ordinal()) : Optional.empty();
    }
}
