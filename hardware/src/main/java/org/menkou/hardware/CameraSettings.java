package org.menkou.hardware;

import java.nio.file.Path;

/**
 * Which camera to read and how: a V4L2 device, the frame size to ask for, frames per second, and the ffmpeg program
 * that captures the frames.
 *
 * @param framesPerSecond frames asked of the camera; decoding may drop frames when it is slower
 * @param ffmpeg          the capture program, a name found on PATH or an absolute path
 */
public record CameraSettings(Path device, int width, int height, int framesPerSecond, String ffmpeg) {
    public CameraSettings {
        if (device == null || width < 160 || height < 120 || width > 4096 || height > 4096
                || framesPerSecond < 1 || framesPerSecond > 60 || ffmpeg == null || ffmpeg.isBlank()) {
            throw new IllegalArgumentException("a camera needs a device, 160x120 to 4096x4096 pixels, 1-60 fps and ffmpeg");
        }
    }

    /** /dev/video0 at 640x480, 5 frames per second (an empty frame costs about 45 ms to search), ffmpeg from PATH. */
    public static CameraSettings defaults() {
        return new CameraSettings(Path.of("/dev/video0"), 640, 480, 5, "ffmpeg");
    }
}
