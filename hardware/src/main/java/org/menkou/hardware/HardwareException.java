package org.menkou.hardware;

/** The one exception type of the hardware module: a device is absent, busy or failed. The message says which. */
public class HardwareException extends Exception {
    public HardwareException(String message) {
        super(message);
    }

    public HardwareException(String message, Throwable cause) {
        super(message, cause);
    }
}
