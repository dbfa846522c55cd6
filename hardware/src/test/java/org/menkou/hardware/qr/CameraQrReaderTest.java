package org.menkou.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.hardware.CameraSettings;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;
import org.menkou.hardware.qr.camera.FrameStreamQrReader;
import org.menkou.hardware.setup.QrReaders;

/**
 * The camera path: raw grey frames, as ffmpeg writes them, through the real frame reader and ZXing (a file of frames
 * stands in for the capture process), and the messages when there is no camera or no ffmpeg.
 */
class CameraQrReaderTest {
    static final int W = 640;
    static final int H = 480;

    @TempDir
    Path dir;

    @Test
    void aCodeHeldInFrontOfTheCameraIsReportedOnceUntilItIsGone() throws Exception {
        Random random = new Random(3);
        String first = QrImages.cardLikePayload(random);
        String second = QrImages.cardLikePayload(random);
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frames.write(QrImages.greyScene(W, H, random));
        for (int i = 0; i < 3; i++) {
            frames.write(QrImages.greyFrame(QrImages.qr(first, 4), W, H, 150 + i * 5, 60, random));
        }
        frames.write(QrImages.greyFrame(QrImages.qr(second, 4), W, H, 200, 80, random));
        Path file = Files.write(dir.resolve("frames.gray"), frames.toByteArray());

        AtomicLong clock = new AtomicLong();
        AtomicBoolean closed = new AtomicBoolean();
        try (InputStream in = Files.newInputStream(file);
                QrReader reader = new FrameStreamQrReader(in, W, H, Duration.ofSeconds(2), clock::get,
                        () -> closed.set(true), () -> null)) {
            assertThat(reader.read(Duration.ofSeconds(20))).map(ScannedCode::text).contains(first);
            assertThat(reader.read(Duration.ofSeconds(20))).map(ScannedCode::text).contains(second);
            assertThat(reader.read(Duration.ofSeconds(20))).as("end of the stream").isEmpty();
        }
        assertThat(closed).isTrue();
    }

    @Test
    void aCaptureThatDiesIsReportedAsAFailure() {
        QrReader reader = new FrameStreamQrReader(new ByteArrayInputStream(new byte[100]), W, H, Duration.ofSeconds(2),
                System::nanoTime, () -> { }, () -> new HardwareException("the camera capture stopped (ffmpeg exit 1): busy"));
        assertThatThrownBy(() -> reader.read(Duration.ofSeconds(10))).isInstanceOf(HardwareException.class)
                .hasMessageContaining("busy");
        reader.close();
    }

    @Test
    void noCameraGivesAClearMessage() {
        CameraSettings absent = new CameraSettings(dir.resolve("video0"), W, H, 10, "ffmpeg");
        assertThatThrownBy(() -> QrReaders.camera(absent)).isInstanceOf(HardwareException.class)
                .hasMessageContaining("no camera").hasMessageContaining("USB scanner");
    }

    @Test
    void noFfmpegGivesAClearMessage() throws Exception {
        Path device = Files.createFile(dir.resolve("video0"));
        CameraSettings noFfmpeg = new CameraSettings(device, W, H, 10, dir.resolve("no-ffmpeg").toString());
        assertThatThrownBy(() -> QrReaders.camera(noFfmpeg)).isInstanceOf(HardwareException.class)
                .hasMessageContaining("apt-get install ffmpeg");
    }
}
