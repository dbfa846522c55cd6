package org.menkou.content.protocol;

/** What raised an alarm at the kiosk. */
public enum AlarmSource {
    /** A key of the kiosk: F12 on its keyboard, or 9 紧急呼叫 on the home screen. */
    KEY,
    /** The red emergency button device (GPIO, serial or simulated). */
    BUTTON,
    /** A spoken 救命 / 紧急呼叫. */
    VOICE
}
