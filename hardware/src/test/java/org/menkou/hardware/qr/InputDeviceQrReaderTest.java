package org.menkou.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;
import org.menkou.hardware.setup.QrReaders;

/** A simulated input device: a file of Linux input events, recorded as a USB scanner or a person would make them. */
class InputDeviceQrReaderTest {
    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_ENTER = 28;
    static final String CODE = "MK1:0A1B2C3D4E5F6G7H:R-7K2M9Q:20260310:20310310:Z9Y8";

    @TempDir
    Path dir;

    /** Writes events the way the kernel does: press and release per key, Shift around upper case and ':'. */
    static final class Recording {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        long micros = 1_700_000_000_000_000L;

        Recording type(String text, long gapMicros) {
            for (char c : text.toCharArray()) {
                int code = code(Character.toLowerCase(c == ':' ? ';' : c));
                boolean shift = Character.isUpperCase(c) || c == ':';
                if (shift) {
                    key(KEY_LEFTSHIFT, 1);
                }
                key(code, 1);
                key(code, 0);
                if (shift) {
                    key(KEY_LEFTSHIFT, 0);
                }
                micros += gapMicros;
            }
            return this;
        }

        void key(int code, int value) {
            ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder());
            b.putLong(micros / 1_000_000).putLong(micros % 1_000_000).putShort((short) 1).putShort((short) code).putInt(value);
            out.writeBytes(b.array());
            ByteBuffer sync = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder());
            sync.putLong(micros / 1_000_000).putLong(micros % 1_000_000);
            out.writeBytes(sync.array());
        }

        static int code(char c) {
            String[] rows = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'`", "\\zxcvbnm,./"};
            int[] first = {2, 16, 30, 43};
            if (c == '\n') {
                return KEY_ENTER;
            }
            for (int r = 0; r < rows.length; r++) {
                int i = rows[r].indexOf(c);
                if (i >= 0) {
                    return first[r] + i;
                }
            }
            throw new IllegalArgumentException("no key for " + c);
        }
    }

    @Test
    void aScannerBurstOnTheDeviceIsOneScanAndAPersonIsNothing() throws Exception {
        Recording r = new Recording().type("12", 400_000).type(CODE + "\n", 4_000).type("5\n", 300_000);
        Path device = Files.write(dir.resolve("event7"), r.out.toByteArray());
        try (QrReader reader = QrReaders.inputDevice(device)) {
            assertThat(reader.read(Duration.ofSeconds(10))).map(ScannedCode::text).contains(CODE);
            assertThat(reader.read(Duration.ofSeconds(10))).as("the person's keys are not scans").isEmpty();
        }
    }

    @Test
    void anAbsentDeviceGivesAClearMessage() {
        assertThatThrownBy(() -> QrReaders.inputDevice(dir.resolve("event99"))).isInstanceOf(HardwareException.class)
                .hasMessageContaining("no scanner input device").hasMessageContaining("plugged in");
    }
}
