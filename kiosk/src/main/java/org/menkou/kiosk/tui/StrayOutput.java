package org.menkou.kiosk.tui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what libraries print to System.out or System.err while the kiosk UI owns the terminal (TarsosDSP, for
 * one, prints from its audio code) and sends it to the log line by line, so nothing scribbles over the screen.
 */
final class StrayOutput extends OutputStream {
    private static final Logger LOG = LoggerFactory.getLogger("stray-output");
    private static final int MAX_LINE = 4_000;

    private final String stream;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private StrayOutput(String stream) {
        this.stream = stream;
    }

    /** A print stream that logs each line it is given, tagged with {@code stream} ("stdout" or "stderr"). */
    static PrintStream logging(String stream) {
        return new PrintStream(new StrayOutput(stream), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n' || line.size() >= MAX_LINE) {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8).strip();
        line.reset();
        if (!text.isEmpty()) {
            LOG.info("{}: {}", stream, text);
        }
    }
}
