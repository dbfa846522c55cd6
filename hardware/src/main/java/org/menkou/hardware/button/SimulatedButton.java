package org.menkou.hardware.button;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.EmergencyButton;
import org.menkou.hardware.HardwareException;

/**
 * A button for tests and demos. {@link #press()} presses it from code; with a trigger file, every line appended to
 * that file (e.g. {@code echo press >> FILE}) is one press, so another process can press it. The file is polled
 * every {@value #POLL_MILLIS} ms.
 */
public final class SimulatedButton implements EmergencyButton {
    static final long POLL_MILLIS = 20;

    private final Path triggerFile;
    private volatile Runnable onPress;
    private ScheduledExecutorService poller;
    private long linesSeen;

    /** @param triggerFile a file whose new lines are presses, or null for presses from code only */
    public SimulatedButton(Path triggerFile) {
        this.triggerFile = triggerFile;
    }

    @Override
    public String description() {
        return triggerFile == null ? "模拟按钮" : "模拟按钮（文件 " + triggerFile + "）";
    }

    @Override
    public DeviceStatus check() {
        return DeviceStatus.present("模拟按钮就绪 (simulated button ready)");
    }

    @Override
    public synchronized void start(Runnable listener) throws HardwareException {
        this.onPress = listener;
        if (triggerFile == null) {
            return;
        }
        try {
            if (!Files.exists(triggerFile)) {
                Files.createFile(triggerFile);
            }
            linesSeen = countLines();
        } catch (IOException e) {
            throw new HardwareException("模拟按钮的文件不能用 (trigger file unusable): " + e.getMessage(), e);
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulated-button");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One press, as if the button were pushed and released. */
    public void press() {
        Runnable listener = onPress;
        if (listener != null) {
            listener.run();
        }
    }

    private void poll() {
        try {
            long lines = countLines();
            for (; linesSeen < lines; linesSeen++) {
                press();
            }
        } catch (IOException e) {
            // The file was removed or is being replaced; look again at the next poll.
        }
    }

    private long countLines() throws IOException {
        byte[] bytes = Files.readAllBytes(triggerFile);
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        onPress = null;
    }
}
