package org.menkou.content.protocol;

/**
 * The payload of an {@code alarm-selftest} event: the kiosk's daily check of its emergency button source.
 *
 * @param buttonPresent whether the button device was found
 * @param button        what the source is, e.g. {@code GPIO gpiochip0 第17脚}
 * @param message       what the check found, Chinese first
 */
public record AlarmSelfTest(boolean buttonPresent, String button, String message) {
    /** The event type of self-test reports. */
    public static final String TYPE = "alarm-selftest";
}
