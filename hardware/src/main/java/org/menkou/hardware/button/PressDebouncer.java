package org.menkou.hardware.button;

/**
 * Turns raw contact changes into presses. A press is reported when the contact closes after having been open for at
 * least the debounce time; changes within the debounce time of the last change are contact bounce and ignored;
 * holding the button down produces nothing more. Times are monotonic nanoseconds. Not thread-safe: one reader thread.
 */
public final class PressDebouncer {
    private final long debounceNanos;
    private boolean closed;
    private long lastChange = Long.MIN_VALUE / 2;

    /** @param debounceMillis how long the contact must stay open between two presses, e.g. 50 ms */
    public PressDebouncer(long debounceMillis) {
        this.debounceNanos = debounceMillis * 1_000_000L;
    }

    /**
     * Feeds one contact change.
     *
     * @param contactClosed true when the contact closed (button pushed), false when it opened (released)
     * @return true when this change is a new press
     */
    public boolean onChange(boolean contactClosed, long nanos) {
        boolean bounce = nanos - lastChange < debounceNanos;
        lastChange = nanos;
        if (contactClosed == closed) {
            return false;
        }
        if (bounce && contactClosed) {
            // A close right after an open is bounce of the same push or release.
            closed = true;
            return false;
        }
        closed = contactClosed;
        return contactClosed;
    }
}
