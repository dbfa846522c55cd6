package org.menkou.hardware;

/**
 * A red emergency button. After {@link #start} the listener hears about each press once: bounces are filtered and a
 * long press is one press, not several. Implementations are safe to close from any thread.
 */
public interface EmergencyButton extends AutoCloseable {
    /** What this source is, for people: e.g. {@code GPIO gpiochip0 第17脚}. */
    String description();

    /** Whether the device is there right now; called at start and by the daily self-test. Returns fast. */
    DeviceStatus check();

    /**
     * Starts watching the device. {@code onPress} is called on a device thread, once per press; it must return fast
     * (the kiosk hands the press to its UI thread). Fails with a clear message when the device is absent.
     */
    void start(Runnable onPress) throws HardwareException;

    /** Stops watching and releases the device. */
    @Override
    void close();
}
