package org.menkou.hardware.button;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.EmergencyButton;

/**
 * A USB HID button that types a key (default F12) like a keyboard. Its keystrokes reach the kiosk through the
 * terminal, so the kiosk's input calls {@link #onKey} for every key it reads; holding the button makes the keyboard
 * repeat the key, which is one press as long as the repeats come closer than {@value #REPEAT_GAP_MILLIS} ms.
 */
public final class KeyButton implements EmergencyButton {
    static final long REPEAT_GAP_MILLIS = 600;

    private final String keyName;
    private final Path inputById;
    private volatile Runnable onPress;
    private long lastKeyNanos = Long.MIN_VALUE / 2;

    /** @param keyName the key the button sends, as the kiosk names keys (e.g. {@code F12}) */
    public KeyButton(String keyName) {
        this(keyName, Path.of("/dev/input/by-id"));
    }

    KeyButton(String keyName, Path inputById) {
        this.keyName = keyName;
        this.inputById = inputById;
    }

    /** The key this button sends. */
    public String keyName() {
        return keyName;
    }

    @Override
    public String description() {
        return "按键式按钮（" + keyName + "）";
    }

    /** Present when a keyboard-type USB device is plugged in (the button is one; so is a staff keyboard). */
    @Override
    public DeviceStatus check() {
        try (Stream<Path> devices = Files.list(inputById)) {
            if (devices.anyMatch(p -> p.getFileName().toString().endsWith("-event-kbd"))) {
                return DeviceStatus.present("找到键盘类设备，按钮发送 " + keyName + " (keyboard-type device found)");
            }
        } catch (IOException e) {
            // No input devices at all: fall through.
        }
        return DeviceStatus.absent("没有找到键盘类按钮设备；" + keyName + " 键仍然可以用 (no keyboard-type device found)");
    }

    @Override
    public void start(Runnable listener) {
        this.onPress = listener;
    }

    /** Called by the kiosk for every key it reads, with a monotonic time; returns true when it was a new press. */
    public boolean onKey(String name, long nanos) {
        if (!keyName.equalsIgnoreCase(name)) {
            return false;
        }
        synchronized (this) {
            boolean repeat = nanos - lastKeyNanos < REPEAT_GAP_MILLIS * 1_000_000L;
            lastKeyNanos = nanos;
            if (repeat) {
                return false;
            }
        }
        Runnable listener = onPress;
        if (listener != null) {
            listener.run();
        }
        return true;
    }

    @Override
    public void close() {
        onPress = null;
    }
}
