package org.menkou.kiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.menkou.hardware.KeystrokeBurstDetector;
import org.menkou.hardware.ScannedCode;

/**
 * Sits between the terminal's keystrokes and the kiosk: a USB scanner that types a code as a keyboard (a fast burst
 * ending in Enter) becomes one {@link ScannedCode}; every key a person presses goes on unchanged. Characters and
 * Enter are held by the {@link KeystrokeBurstDetector} until their fate is known (at most its gap, 50 ms); any other
 * key (F12, arrows, Backspace, Ctrl+C) first releases the held keys, then goes on at once.
 *
 * <p>UI thread only. The filter asks, through {@code wakeAt}, to have {@link #wake} called on the UI thread at a time
 * of {@code millis}; an early or extra wake does no harm.
 */
final class ScannerKeyFilter {
    private final KeystrokeBurstDetector detector;
    private final LongSupplier millis;
    private final Consumer<KeyStroke> onKey;
    private final Consumer<ScannedCode> onScan;
    private final LongConsumer wakeAt;

    /**
     * @param millis  a monotonic clock in milliseconds, never negative
     * @param onKey   receives the keys a person pressed, in order
     * @param onScan  receives each code a scanner typed
     * @param wakeAt  schedules {@link #wake} at the given {@code millis} time
     */
    ScannerKeyFilter(KeystrokeBurstDetector detector, LongSupplier millis, Consumer<KeyStroke> onKey,
                     Consumer<ScannedCode> onScan, LongConsumer wakeAt) {
        this.detector = detector;
        this.millis = millis;
        this.onKey = onKey;
        this.onScan = onScan;
        this.wakeAt = wakeAt;
    }

    void key(KeyStroke stroke) {
        Character c = burstCharacter(stroke);
        if (c == null) {
            deliver(detector.idle(Long.MAX_VALUE));
            onKey.accept(stroke);
            return;
        }
        deliver(detector.key(c, millis.getAsLong()));
        detector.deadline().ifPresent(wakeAt);
    }

    /** Releases the keys of a run that has ended by now. */
    void wake() {
        deliver(detector.idle(millis.getAsLong()));
        detector.deadline().ifPresent(wakeAt);
    }

    private void deliver(List<KeystrokeBurstDetector.Decision> decisions) {
        for (KeystrokeBurstDetector.Decision d : decisions) {
            if (d instanceof KeystrokeBurstDetector.Scanned s) {
                onScan.accept(s.code());
            } else if (d instanceof KeystrokeBurstDetector.Typed t) {
                onKey.accept(t.key() == '\n' || t.key() == '\r' ? new KeyStroke(KeyType.Enter)
                        : new KeyStroke(t.key(), false, false));
            }
        }
    }

    /** The character a scanner could have typed, or null for keys a scanner never sends (and modified keys). */
    private static Character burstCharacter(KeyStroke stroke) {
        if (stroke.getKeyType() == KeyType.Enter) {
            return '\n';
        }
        if (stroke.getKeyType() == KeyType.Character && !stroke.isCtrlDown() && !stroke.isAltDown()) {
            return stroke.getCharacter();
        }
        return null;
    }
}
