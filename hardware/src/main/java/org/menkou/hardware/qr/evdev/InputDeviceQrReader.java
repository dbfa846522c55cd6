package org.menkou.hardware.qr.evdev;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.KeystrokeBurstDetector;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;

/**
 * Reads a USB scanner from its Linux input device ({@code /dev/input/eventN}, or a stable
 * {@code /dev/input/by-id/…-event-kbd} link) on its own thread, using the kernel's event times for burst detection.
 * Only scans are reported: the device is the scanner's alone, so stray keys are dropped. Java cannot take the device
 * for itself (EVIOCGRAB needs native code), so use this reader only when the scanner's keys do not also reach the
 * kiosk's terminal; otherwise read scans from the terminal with {@link KeystrokeBurstDetector}.
 */
public final class InputDeviceQrReader implements QrReader {
    private static final Object END = new Object();

    private final InputStream events;
    private final KeystrokeBurstDetector detector;
    private final BlockingQueue<Object> results = new LinkedBlockingQueue<>(16);
    private final Thread worker;
    private volatile boolean closed;

    private InputDeviceQrReader(InputStream events, KeystrokeBurstDetector detector) {
        this.events = events;
        this.detector = detector;
        this.worker = new Thread(this::readEvents, "qr-input-device");
        worker.setDaemon(true);
        worker.start();
    }

    /** Opens {@code device}; a HardwareException saying what to do when it is absent or not readable. */
    public static QrReader open(Path device, KeystrokeBurstDetector detector) throws HardwareException {
        try {
            return new InputDeviceQrReader(Files.newInputStream(device), detector);
        } catch (NoSuchFileException e) {
            throw new HardwareException("no scanner input device at " + device
                    + ": is the USB scanner plugged in? (ls -l /dev/input/by-id/ lists the keyboards)", e);
        } catch (AccessDeniedException e) {
            throw new HardwareException("no permission to read " + device
                    + ": add the kiosk's user to the 'input' group", e);
        } catch (IOException e) {
            throw new HardwareException("cannot open the scanner input device " + device + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ScannedCode> read(Duration timeout) throws HardwareException, InterruptedException {
        Object next = results.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            return Optional.empty();
        }
        if (next instanceof ScannedCode code) {
            return Optional.of(code);
        }
        results.offer(END);
        if (next instanceof HardwareException e) {
            throw e;
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        closed = true;
        try {
            events.close();
        } catch (IOException e) {
            // Best effort: the worker ends on its next failed read.
        }
        worker.interrupt();
    }

    private void readEvents() {
        EvdevKeyboard keyboard = new EvdevKeyboard();
        byte[] event = new byte[EvdevKeyboard.EVENT_SIZE];
        DataInputStream in = new DataInputStream(events);
        try {
            while (!closed) {
                in.readFully(event);
                keyboard.accept(ByteBuffer.wrap(event)).ifPresent(press ->
                        detector.key(press.key(), press.timeMillis()).forEach(decision -> {
                            if (decision instanceof KeystrokeBurstDetector.Scanned scanned) {
                                results.offer(scanned.code());
                            }
                        }));
            }
            results.offer(END);
        } catch (EOFException e) {
            results.offer(END);
        } catch (IOException e) {
            results.offer(closed ? END : new HardwareException("the scanner input device failed: " + e.getMessage(), e));
        }
    }
}
