package org.menkou.kiosk.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The card scanner's state for the device report. The scanner is a keyboard: it cannot be asked whether it is there,
 * so the report says when it last delivered a code. Thread-safe.
 */
public final class ScannerState {
    private final Clock clock;
    private volatile Instant lastScan;

    public ScannerState(Clock clock) {
        this.clock = clock;
    }

    /** Called for each code the scanner delivered; any thread. */
    public void scanned() {
        lastScan = clock.instant();
    }

    /** E.g. {@code keyboard, last scan 12 min ago}, at most 60 characters. */
    public String describe() {
        Instant last = lastScan;
        if (last == null) {
            return "keyboard, no scan since start";
        }
        long minutes = Duration.between(last, clock.instant()).toMinutes();
        return minutes < 120 ? "keyboard, last scan " + minutes + " min ago"
                : "keyboard, last scan " + minutes / 60 + " h ago";
    }
}
