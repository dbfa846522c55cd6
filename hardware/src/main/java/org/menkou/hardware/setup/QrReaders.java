package org.menkou.hardware.setup;

import java.nio.file.Path;
import org.menkou.hardware.CameraSettings;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.KeystrokeBurstDetector;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.qr.camera.FfmpegV4l2Camera;
import org.menkou.hardware.qr.evdev.InputDeviceQrReader;
import org.menkou.hardware.qr.file.ImageFileQrReader;

/**
 * Opens the QR readers a kiosk can have. Each fails at once with a HardwareException whose message says what is
 * missing and what to do. A scanner typing into the kiosk's own terminal needs no reader: feed the terminal's keys
 * to a {@link KeystrokeBurstDetector}. The caller closes every reader it opens.
 */
public final class QrReaders {
    private QrReaders() {
    }

    /** Reads the one code in an image file (PNG, JPEG, GIF, BMP). */
    public static QrReader imageFile(Path file) throws HardwareException {
        return new ImageFileQrReader(file);
    }

    /** Reads codes from a V4L2 camera, captured by ffmpeg. */
    public static QrReader camera(CameraSettings settings) throws HardwareException {
        return FfmpegV4l2Camera.open(settings);
    }

    /** Reads a USB scanner from its Linux input device, e.g. {@code /dev/input/by-id/usb-…-event-kbd}. */
    public static QrReader inputDevice(Path device) throws HardwareException {
        return InputDeviceQrReader.open(device, new KeystrokeBurstDetector());
    }
}
