package org.menkou.hardware;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Tells a USB scanner typing a code as a keyboard from a person pressing keys, by timing alone. A scanner types a
 * whole code in a burst, a few milliseconds per character, and ends it with Enter; nobody can press eight keys at
 * that pace. Pure logic over (character, time) events: feed it the kiosk's terminal input or a Linux input device.
 *
 * <p>Every key is held back until its fate is known, at most {@link #maxGapMillis} (unnoticeable). A <em>run</em> is
 * a sequence of keys each at most {@code maxGapMillis} after the one before. A run is a scan when it ends in Enter,
 * has at least {@code minLength} characters before the Enter, a mean gap of at most {@code maxMeanGapMillis}, and
 * more than one distinct character (a held-down key auto-repeating is a person). Every other run is given back as
 * typed keys, in order, except a machine-fast run without Enter of {@code minLength} or more characters, which is
 * dropped: it is a scanner that lost its Enter, not a person, and must not press menu keys.
 *
 * <p>Not thread-safe: one thread feeds it. Times are in milliseconds from any monotonic clock.
 */
public final class KeystrokeBurstDetector {
    /** What the detector has decided. */
    public sealed interface Decision permits Typed, Scanned {
    }

    /** A key a person pressed: pass it on to the user interface. */
    public record Typed(char key) implements Decision {
    }

    /** A code a scanner typed. */
    public record Scanned(ScannedCode code) implements Decision {
    }

    public static final long DEFAULT_MAX_GAP_MILLIS = 50;
    public static final long DEFAULT_MAX_MEAN_GAP_MILLIS = 20;
    public static final int DEFAULT_MIN_LENGTH = 8;
    public static final int DEFAULT_MAX_LENGTH = 2048;

    private final long maxGapMillis;
    private final long maxMeanGapMillis;
    private final int minLength;
    private final int maxLength;
    private final StringBuilder run = new StringBuilder();
    private long runStart;
    private long lastKey;
    private boolean overflowed;

    /** A detector with the defaults: gaps of at most 50 ms, a mean gap of at most 20 ms, 8 to 2048 characters. */
    public KeystrokeBurstDetector() {
        this(DEFAULT_MAX_GAP_MILLIS, DEFAULT_MAX_MEAN_GAP_MILLIS, DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);
    }

    public KeystrokeBurstDetector(long maxGapMillis, long maxMeanGapMillis, int minLength, int maxLength) {
        if (maxGapMillis <= 0 || maxMeanGapMillis <= 0 || maxMeanGapMillis > maxGapMillis || minLength < 2 || maxLength < minLength) {
            throw new IllegalArgumentException("need 0 < mean gap <= gap and 2 <= min length <= max length");
        }
        this.maxGapMillis = maxGapMillis;
        this.maxMeanGapMillis = maxMeanGapMillis;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** Feeds one key ({@code '\n'} or {@code '\r'} for Enter) pressed at {@code timeMillis}; returns what is now decided. */
    public List<Decision> key(char key, long timeMillis) {
        List<Decision> out = new ArrayList<>();
        if (pending() && timeMillis - lastKey > maxGapMillis) {
            endRun(out);
        }
        if (!pending()) {
            runStart = timeMillis;
            overflowed = false;
        }
        lastKey = timeMillis;
        if (key == '\n' || key == '\r') {
            if (isScan(timeMillis)) {
                out.add(new Scanned(new ScannedCode(run.toString(), ScannedCode.Source.KEYBOARD_SCANNER)));
            } else if (!overflowed) {
                run.chars().forEach(c -> out.add(new Typed((char) c)));
                out.add(new Typed(key));
            }
            clear();
            return out;
        }
        if (run.length() >= maxLength) {
            overflowed = true;
        } else {
            run.append(key);
        }
        return out;
    }

    /** Call when no key came by {@link #deadline()}: gives back the keys of a run that has ended. */
    public List<Decision> idle(long nowMillis) {
        List<Decision> out = new ArrayList<>();
        if (pending() && nowMillis - lastKey > maxGapMillis) {
            endRun(out);
        }
        return out;
    }

    /** The time after which {@link #idle} will decide the held keys; empty when no key is held. */
    public OptionalLong deadline() {
        return pending() ? OptionalLong.of(lastKey + maxGapMillis + 1) : OptionalLong.empty();
    }

    private boolean pending() {
        return run.length() > 0 || overflowed;
    }

    private boolean isScan(long enterTime) {
        int n = run.length();
        if (n < minLength || overflowed || run.chars().distinct().count() < 2) {
            return false;
        }
        return (enterTime - runStart) <= maxMeanGapMillis * n;
    }

    private boolean isMachineRun() {
        int n = run.length();
        return overflowed || n >= minLength && (lastKey - runStart) <= maxMeanGapMillis * (n - 1)
                && run.chars().distinct().count() >= 2;
    }

    private void endRun(List<Decision> out) {
        if (!isMachineRun()) {
            run.chars().forEach(c -> out.add(new Typed((char) c)));
        }
        clear();
    }

    private void clear() {
        run.setLength(0);
        overflowed = false;
    }
}
