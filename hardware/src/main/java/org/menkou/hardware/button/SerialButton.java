package org.menkou.hardware.button;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.EmergencyButton;
import org.menkou.hardware.HardwareException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial-port button box (through jSerialComm). Protocol: the box sends {@code 'P'} when its button closes and
 * {@code 'R'} when it opens; other bytes (e.g. line ends, a box's own heartbeat) are ignored. Presses go through a
 * {@link PressDebouncer}.
 */
public final class SerialButton implements EmergencyButton {
    private static final Logger LOG = LoggerFactory.getLogger(SerialButton.class);
    static final long DEBOUNCE_MILLIS = 50;

    private final String portPath;
    private final int baud;
    private SerialPort port;
    private Thread reader;

    public SerialButton(String portPath, int baud) {
        this.portPath = portPath;
        this.baud = baud;
    }

    @Override
    public String description() {
        return "串口按钮盒 " + portPath;
    }

    @Override
    public DeviceStatus check() {
        if (!Files.exists(Path.of(portPath))) {
            return DeviceStatus.absent("没有找到串口 " + portPath + " (serial port not found)");
        }
        return DeviceStatus.present("串口按钮盒就绪：" + portPath + " (serial button box ready)");
    }

    @Override
    public synchronized void start(Runnable onPress) throws HardwareException {
        DeviceStatus status = check();
        if (!status.present()) {
            throw new HardwareException(status.message());
        }
        port = SerialPort.getCommPort(portPath);
        port.setBaudRate(baud);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING, 0, 0);
        if (!port.openPort()) {
            throw new HardwareException("打不开串口 " + portPath + "，可能没有权限 (cannot open serial port; check permissions)");
        }
        InputStream in = port.getInputStream();
        reader = new Thread(() -> read(in, onPress), "serial-button");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads the box's bytes until the port closes; package-private so tests can feed a stream. */
    static void read(InputStream in, Runnable onPress) {
        PressDebouncer debouncer = new PressDebouncer(DEBOUNCE_MILLIS);
        try (in) {
            int b;
            while ((b = in.read()) >= 0) {
                if ((b == 'P' || b == 'R') && debouncer.onChange(b == 'P', System.nanoTime())) {
                    onPress.run();
                }
            }
        } catch (IOException e) {
            LOG.warn("serial button box stopped: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }
}
