package org.menkou.hardware.setup;

import java.nio.file.Path;
import org.menkou.hardware.EmergencyButton;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.button.GpioButton;
import org.menkou.hardware.button.KeyButton;
import org.menkou.hardware.button.SerialButton;
import org.menkou.hardware.button.SimulatedButton;

/**
 * Makes an emergency button from a short spec, as written in kiosk configuration and on the command line:
 * <ul>
 *   <li>{@code key:F12} — a USB HID button typing a key (the default: {@code key:F12});</li>
 *   <li>{@code gpio:gpiochip0:17} or {@code gpio:gpiochip0:17:active-high} — a GPIO line (active-low by default);</li>
 *   <li>{@code serial:/dev/ttyUSB0} or {@code serial:/dev/ttyUSB0:9600} — a serial button box;</li>
 *   <li>{@code simulated} or {@code simulated:FILE} — for tests and demos; each line appended to FILE is a press.</li>
 * </ul>
 */
public final class EmergencyButtons {
    public static final String DEFAULT_SPEC = "key:F12";

    private EmergencyButtons() {
    }

    /** The button a spec describes; a spec that cannot be understood is refused with a message saying the forms. */
    public static EmergencyButton fromSpec(String spec) throws HardwareException {
        String[] parts = spec == null ? new String[0] : spec.split(":", -1);
        try {
            switch (parts.length == 0 ? "" : parts[0]) {
                case "key":
                    return new KeyButton(parts.length > 1 && !parts[1].isBlank() ? parts[1] : "F12");
                case "gpio":
                    if (parts.length == 3 || (parts.length == 4 && parts[3].equals("active-high"))) {
                        return new GpioButton(parts[1], Integer.parseInt(parts[2]), parts.length == 3);
                    }
                    break;
                case "serial":
                    if ((parts.length == 2 || parts.length == 3) && !parts[1].isBlank()) {
                        return new SerialButton(parts[1], parts.length == 3 ? Integer.parseInt(parts[2]) : 9600);
                    }
                    break;
                case "simulated":
                    return new SimulatedButton(parts.length > 1 && !parts[1].isBlank() ? Path.of(spec.substring("simulated:".length())) : null);
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new HardwareException("看不懂紧急按钮的设置 '" + spec + "' (unknown emergency button spec); use key:F12, "
                + "gpio:CHIP:LINE[:active-high], serial:PORT[:BAUD] or simulated[:FILE]");
    }
}
