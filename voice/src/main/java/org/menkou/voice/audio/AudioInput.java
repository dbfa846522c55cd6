package org.menkou.voice.audio;

/**
 * A source of 16 kHz mono 16-bit little-endian PCM: a microphone or a file standing in for it. Reads block until
 * data is there. The opener closes it. Used by one listening thread at a time.
 */
public interface AudioInput extends AutoCloseable {
    /** Reads up to {@code length} bytes (a whole number of samples); -1 when the input has ended for good. */
    int read(byte[] buffer, int offset, int length) throws java.io.IOException;

    /** Discards what is buffered (audio captured while the kiosk was not listening); no-op for files. */
    default void flush() {
    }

    @Override
    void close();
}
