package org.menkou.hardware.qr.camera;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;
import org.menkou.hardware.qr.zxing.ZxingQrDecoder;

/**
 * Decodes a stream of raw grey frames ({@code width * height} bytes each, as {@code ffmpeg -pix_fmt gray -f rawvideo}
 * writes them) on its own thread. A code held in front of the camera is reported once: the same text is reported
 * again only after it has been out of sight for {@code forgetAfter}. When the stream ends by itself, {@code atEnd}
 * says why: null for a normal end (a file of frames), else the failure that {@link #read} then throws (a capture
 * process that died). {@link #close()} closes the stream and runs {@code onClose} once, e.g. to stop the process.
 */
public final class FrameStreamQrReader implements QrReader {
    private final InputStream frames;
    private final int width;
    private final int height;
    private final Duration forgetAfter;
    private final LongSupplier nanoTime;
    private final Runnable onClose;
    private final Supplier<HardwareException> atEnd;
    private final ZxingQrDecoder decoder = new ZxingQrDecoder();
    private final BlockingQueue<Object> results = new LinkedBlockingQueue<>(16);
    private final Thread worker;
    private volatile boolean closed;
    private String lastText;
    private long lastSeen;

    private static final Object END = new Object();

    public FrameStreamQrReader(InputStream frames, int width, int height, Duration forgetAfter, LongSupplier nanoTime,
            Runnable onClose, Supplier<HardwareException> atEnd) {
        this.frames = frames;
        this.width = width;
        this.height = height;
        this.forgetAfter = forgetAfter;
        this.nanoTime = nanoTime;
        this.onClose = onClose;
        this.atEnd = atEnd;
        this.worker = new Thread(this::decodeFrames, "qr-camera-frames");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public Optional<ScannedCode> read(Duration timeout) throws HardwareException, InterruptedException {
        Object next = results.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            return Optional.empty();
        }
        if (next == END) {
            results.offer(END);
            return Optional.empty();
        }
        if (next instanceof HardwareException e) {
            results.offer(END);
            throw e;
        }
        return Optional.of((ScannedCode) next);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            frames.close();
        } catch (IOException e) {
            // Closing is best effort; the worker ends on the failed read either way.
        }
        onClose.run();
        worker.interrupt();
    }

    private void decodeFrames() {
        byte[] frame = new byte[width * height];
        DataInputStream in = new DataInputStream(frames);
        try {
            while (!closed) {
                in.readFully(frame);
                decoder.decodeGrey(frame, width, height).ifPresent(this::seen);
            }
            results.offer(END);
        } catch (EOFException e) {
            HardwareException failure = closed ? null : atEnd.get();
            results.offer(failure == null ? END : failure);
        } catch (IOException e) {
            results.offer(closed ? END : new HardwareException("the camera stopped delivering frames: " + e.getMessage(), e));
        }
    }

    private void seen(String text) {
        long now = nanoTime.getAsLong();
        boolean repeat = text.equals(lastText) && now - lastSeen < forgetAfter.toNanos();
        lastText = text;
        lastSeen = now;
        if (!repeat) {
            results.offer(new ScannedCode(text, ScannedCode.Source.CAMERA));
        }
    }
}
