package org.menkou.hardware.button;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.hardware.EmergencyButton;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.setup.EmergencyButtons;

class EmergencyButtonSourcesTest {
    @TempDir
    Path tmp;

    @Test
    void specsMakeTheRightSourcesAndBadSpecsSayWhatIsAllowed() throws Exception {
        assertThat(EmergencyButtons.fromSpec("key:F12")).isInstanceOf(KeyButton.class);
        assertThat(((KeyButton) EmergencyButtons.fromSpec("key:F9")).keyName()).isEqualTo("F9");
        assertThat(EmergencyButtons.fromSpec("gpio:gpiochip0:17").description()).contains("gpiochip0", "17");
        assertThat(EmergencyButtons.fromSpec("serial:/dev/ttyUSB0:19200")).isInstanceOf(SerialButton.class);
        assertThat(EmergencyButtons.fromSpec("simulated")).isInstanceOf(SimulatedButton.class);
        for (String bad : new String[] {"", "gpio:gpiochip0", "gpio:c:x", "serial:", "usb", "gpio:c:1:sideways"}) {
            assertThatThrownBy(() -> EmergencyButtons.fromSpec(bad)).isInstanceOf(HardwareException.class)
                    .hasMessageContaining("key:F12");
        }
    }

    @Test
    void absentDevicesGiveAClearMessage() {
        GpioButton gpio = new GpioButton("gpiochip9", 17, true, "gpiomon", tmp);
        assertThat(gpio.check().present()).isFalse();
        assertThat(gpio.check().message()).contains("没有找到 GPIO 设备");
        assertThatThrownBy(() -> gpio.start(() -> { })).isInstanceOf(HardwareException.class).hasMessageContaining("gpiochip9");

        SerialButton serial = new SerialButton(tmp.resolve("ttyUSB7").toString(), 9600);
        assertThat(serial.check().present()).isFalse();
        assertThatThrownBy(() -> serial.start(() -> { })).hasMessageContaining("没有找到串口");

        KeyButton key = new KeyButton("F12", tmp.resolve("no-input-devices"));
        assertThat(key.check().present()).isFalse();
        assertThat(key.check().message()).contains("F12 键仍然可以用");
    }

    @Test
    void gpioEdgesFromGpiomonBecomeDebouncedPresses() throws Exception {
        Files.createFile(tmp.resolve("gpiochip0"));
        // A stand-in gpiomon that prints what real gpiomon prints for: a bouncy push, a long hold, a second push.
        Path gpiomon = tmp.resolve("gpiomon");
        Files.writeString(gpiomon, """
                #!/bin/sh
                echo "$@" > "$(dirname "$0")/args"
                echo "1 100 000000000"
                echo "0 100 002000000"
                echo "1 100 004000000"
                echo "0 102 000000000"
                echo "1 103 000000000"
                echo "0 103 500000000"
                """);
        Files.setPosixFilePermissions(gpiomon, PosixFilePermissions.fromString("rwx------"));
        AtomicInteger presses = new AtomicInteger();
        try (GpioButton button = new GpioButton("gpiochip0", 17, true, gpiomon.toString(), tmp)) {
            assertThat(button.check().present()).isTrue();
            button.start(presses::incrementAndGet);
            waitFor(() -> presses.get() == 2);
        }
        assertThat(presses.get()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("args"))).contains("--active-low", "gpiochip0 17");
    }

    @Test
    void aSerialBoxSendsPressAndReleaseBytes() throws Exception {
        PipedOutputStream box = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(box);
        AtomicInteger presses = new AtomicInteger();
        Thread reader = new Thread(() -> SerialButton.read(in, presses::incrementAndGet));
        reader.start();
        box.write("PRP\r\n".getBytes(StandardCharsets.US_ASCII));
        box.flush();
        waitFor(() -> presses.get() == 1);
        // The pauses are the box's timing under test: longer than the 50 ms debounce, so release and push count.
        Thread.sleep(120);
        box.write("R".getBytes(StandardCharsets.US_ASCII));
        box.flush();
        Thread.sleep(120);
        box.write("xP".getBytes(StandardCharsets.US_ASCII));
        box.flush();
        waitFor(() -> presses.get() == 2);
        box.close();
        reader.join(5_000);
        assertThat(presses.get()).isEqualTo(2);
    }

    @Test
    void aSimulatedButtonIsPressedByAppendingLinesToItsFile() throws Exception {
        Path trigger = tmp.resolve("press");
        AtomicInteger presses = new AtomicInteger();
        try (EmergencyButton button = EmergencyButtons.fromSpec("simulated:" + trigger)) {
            button.start(presses::incrementAndGet);
            Files.writeString(trigger, "press\n", StandardOpenOption.APPEND);
            waitFor(() -> presses.get() == 1);
            Files.writeString(trigger, "press\npress\n", StandardOpenOption.APPEND);
            waitFor(() -> presses.get() == 3);
        }
        assertThat(presses.get()).isEqualTo(3);
    }

    @Test
    void aHeldKeyButtonRepeatingIsOnePress() {
        AtomicInteger presses = new AtomicInteger();
        KeyButton key = new KeyButton("F12", tmp);
        key.start(presses::incrementAndGet);
        long ms = 1_000_000L;
        assertThat(key.onKey("F12", 0)).isTrue();
        for (int i = 1; i <= 20; i++) {
            assertThat(key.onKey("F12", i * 50 * ms)).isFalse();
        }
        assertThat(key.onKey("F1", 3_000 * ms)).isFalse();
        assertThat(key.onKey("f12", 3_000 * ms)).isTrue();
        assertThat(presses.get()).isEqualTo(2);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        await("the presses").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(condition::getAsBoolean);
    }

}
