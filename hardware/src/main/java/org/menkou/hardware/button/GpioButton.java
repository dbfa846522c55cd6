package org.menkou.hardware.button;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.EmergencyButton;
import org.menkou.hardware.HardwareException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button on a Linux GPIO line, read through the GPIO character device with libgpiod's {@code gpiomon} (Debian
 * package gpiod). By default the line is active-low (button to ground, pull-up), so a push is an active edge.
 * {@code gpiomon} runs as a child process for as long as the button is started; its edges go through a
 * {@link PressDebouncer}.
 */
public final class GpioButton implements EmergencyButton {
    private static final Logger LOG = LoggerFactory.getLogger(GpioButton.class);
    static final long DEBOUNCE_MILLIS = 50;

    private final String chip;
    private final int line;
    private final boolean activeLow;
    private final String gpiomon;
    private final Path deviceDir;
    private Process process;
    private Thread reader;

    /** A button on {@code /dev/CHIP} line {@code line}, watched with the {@code gpiomon} on the PATH. */
    public GpioButton(String chip, int line, boolean activeLow) {
        this(chip, line, activeLow, "gpiomon", Path.of("/dev"));
    }

    /**
     * @param gpiomon   the gpiomon executable: a name looked up on the PATH, or a path
     * @param deviceDir where GPIO character devices live ({@code /dev})
     */
    GpioButton(String chip, int line, boolean activeLow, String gpiomon, Path deviceDir) {
        this.chip = chip;
        this.line = line;
        this.activeLow = activeLow;
        this.gpiomon = gpiomon;
        this.deviceDir = deviceDir;
    }

    @Override
    public String description() {
        return "GPIO " + chip + " 第" + line + "脚";
    }

    @Override
    public DeviceStatus check() {
        Path device = deviceDir.resolve(chip);
        if (!Files.exists(device)) {
            return DeviceStatus.absent("没有找到 GPIO 设备 " + device + " (GPIO chip not found)");
        }
        if (!onPath(gpiomon)) {
            return DeviceStatus.absent("没有安装 gpiomon，请安装 gpiod 软件包 (gpiomon not installed: apt-get install gpiod)");
        }
        return DeviceStatus.present("GPIO 按钮就绪：" + description() + " (GPIO button ready)");
    }

    @Override
    public synchronized void start(Runnable onPress) throws HardwareException {
        DeviceStatus status = check();
        if (!status.present()) {
            throw new HardwareException(status.message());
        }
        List<String> command = new java.util.ArrayList<>(List.of(gpiomon, "--format=%e %s %n"));
        if (activeLow) {
            command.add("--active-low");
        }
        command.addAll(List.of(chip, Integer.toString(line)));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new HardwareException("无法启动 gpiomon (cannot start gpiomon): " + e.getMessage(), e);
        }
        Process running = process;
        reader = new Thread(() -> read(running, onPress), "gpio-button-" + line);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Process running, Runnable onPress) {
        PressDebouncer debouncer = new PressDebouncer(DEBOUNCE_MILLIS);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.US_ASCII))) {
            String text;
            while ((text = in.readLine()) != null) {
                Edge edge = Edge.parse(text);
                if (edge != null && debouncer.onChange(edge.active(), edge.nanos())) {
                    onPress.run();
                }
            }
        } catch (IOException e) {
            LOG.debug("gpiomon output closed", e);
        }
        if (running.isAlive() || running.exitValue() != 0) {
            LOG.warn("GPIO button {} stopped being watched (gpiomon exited)", description());
        }
    }

    /** One line of {@code gpiomon --format='%e %s %n'}: event type (1 active/rising, 0 inactive), seconds, nanos. */
    record Edge(boolean active, long nanos) {
        static Edge parse(String text) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 3) {
                return null;
            }
            try {
                return new Edge("1".equals(parts[0]), Long.parseLong(parts[1]) * 1_000_000_000L + Long.parseLong(parts[2]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            process = null;
        }
    }

    static boolean onPath(String executable) {
        if (executable.contains("/")) {
            return Files.isExecutable(Path.of(executable));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }
}
