package org.menkou.hardware;

/**
 * Whether a device is usable, with one line for staff saying what was found.
 *
 * @param message Chinese first, then English, e.g. {@code 没有找到串口 /dev/ttyUSB0 (serial port not found)}
 */
public record DeviceStatus(boolean present, String message) {
    public static DeviceStatus present(String message) {
        return new DeviceStatus(true, message);
    }

    public static DeviceStatus absent(String message) {
        return new DeviceStatus(false, message);
    }
}
