package org.menkou.hardware;

import java.time.Duration;
import java.util.Optional;

/**
 * A source of scanned QR codes: a USB scanner acting as a keyboard, a camera, or an image file (see {@link org.menkou.hardware.setup.QrReaders}).
 * One thread reads at a time; {@link #close()} may be called from any thread and makes a waiting {@link #read} return.
 * The reader never logs the text of a code.
 */
public interface QrReader extends AutoCloseable {
    /**
     * Waits up to {@code timeout} for the next code. Returns empty when none came in time, or when the source has
     * nothing more to give (an image file already read, a closed reader).
     *
     * @throws HardwareException when the device failed while reading (unplugged, a capture process that died)
     */
    Optional<ScannedCode> read(Duration timeout) throws HardwareException, InterruptedException;

    /** Releases the device and any process or thread behind it. Idempotent. */
    @Override
    void close();
}
