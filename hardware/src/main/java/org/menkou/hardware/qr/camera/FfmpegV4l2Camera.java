package org.menkou.hardware.qr.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.menkou.hardware.CameraSettings;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;

/**
 * Opens a V4L2 camera through an {@code ffmpeg} capture process that writes raw grey frames to its standard output,
 * and decodes them with {@link FrameStreamQrReader}. ffmpeg is the maintained, widely packaged way to get V4L2 frames
 * from Java without native code. Closing the reader stops the process.
 */
public final class FfmpegV4l2Camera {
    /** A code held in front of the camera is reported again only after this long out of sight. */
    static final Duration FORGET_AFTER = Duration.ofSeconds(2);

    private FfmpegV4l2Camera() {
    }

    /** Starts capturing; a HardwareException saying what to do when the camera or ffmpeg is missing. */
    public static QrReader open(CameraSettings settings) throws HardwareException {
        Path device = settings.device();
        if (!Files.exists(device)) {
            throw new HardwareException("no camera: " + device + " does not exist. Plug in a USB (UVC) camera,"
                    + " or scan cards with the USB scanner instead");
        }
        if (!Files.isReadable(device)) {
            throw new HardwareException("no permission to read the camera " + device
                    + ": add the kiosk's user to the 'video' group");
        }
        Path errors = errorLog();
        Process process = start(command(settings), errors);
        return new FrameStreamQrReader(process.getInputStream(), settings.width(), settings.height(), FORGET_AFTER,
                System::nanoTime, () -> {
                    stop(process);
                    deleteQuietly(errors);
                }, () -> failure(process, errors));
    }

    /** Why the capture process ended: its exit code and the last line it wrote to standard error. */
    private static HardwareException failure(Process process, Path errors) {
        try {
            int exit = process.waitFor();
            List<String> lines = Files.readAllLines(errors);
            String last = lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
            return new HardwareException("the camera capture stopped (ffmpeg exit " + exit + "): " + last);
        } catch (IOException e) {
            return new HardwareException("the camera capture stopped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HardwareException("the camera capture stopped", e);
        }
    }

    private static Path errorLog() throws HardwareException {
        try {
            return Files.createTempFile("menkou-camera-", ".log");
        } catch (IOException e) {
            throw new HardwareException("cannot create a temporary file for the capture process: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover log in the temp directory is harmless.
        }
    }

    /** The capture command for {@code settings}. */
    static List<String> command(CameraSettings s) {
        return List.of(s.ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error",
                "-f", "v4l2", "-framerate", Integer.toString(s.framesPerSecond()),
                "-video_size", s.width() + "x" + s.height(), "-i", s.device().toString(),
                "-vf", "scale=" + s.width() + ":" + s.height(),
                "-f", "rawvideo", "-pix_fmt", "gray", "-");
    }

    private static Process start(List<String> command, Path errors) throws HardwareException {
        try {
            return new ProcessBuilder(command).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            deleteQuietly(errors);
            throw new HardwareException("cannot start " + command.get(0) + " to capture camera frames ("
                    + e.getMessage() + "); install it with: apt-get install ffmpeg", e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
