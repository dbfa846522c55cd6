package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menkou.hardware.KeystrokeBurstDetector;
import org.menkou.hardware.ScannedCode;

/** The terminal's key filter with scripted key timings (a fake clock, the real burst detector). */
class ScannerKeyFilterTest {
    long now;
    final List<KeyStroke> keys = new ArrayList<>();
    final List<ScannedCode> scans = new ArrayList<>();
    final List<Long> wakes = new ArrayList<>();
    final ScannerKeyFilter filter = new ScannerKeyFilter(new KeystrokeBurstDetector(), () -> now, keys::add,
            scans::add, wakes::add);

    @Test
    void aBurstEndingInEnterIsOneScanAndNoKeyReachesTheNavigator() {
        for (char c : "MK1:ABCDEFGH:r-7k2m9q".toCharArray()) {
            filter.key(new KeyStroke(c, false, false));
            now += 3;
        }
        filter.key(new KeyStroke(KeyType.Enter));
        now += 200;
        filter.wake();
        assertThat(scans).extracting(ScannedCode::text).containsExactly("MK1:ABCDEFGH:r-7k2m9q");
        assertThat(keys).isEmpty();
    }

    @Test
    void aPersonsDigitsGoOnInOrderOnceTheirGapHasPassedAndEnterAtOnce() {
        for (char c : "4102".toCharArray()) {
            filter.key(new KeyStroke(c, false, false));
            assertThat(wakes).isNotEmpty();
            now = wakes.get(wakes.size() - 1);
            filter.wake();
            now += 250;
        }
        filter.key(new KeyStroke(KeyType.Enter));
        assertThat(keys.subList(0, 4)).extracting(KeyStroke::getCharacter).containsExactly('4', '1', '0', '2');
        assertThat(keys).hasSize(5);
        assertThat(keys.get(4).getKeyType()).isEqualTo(KeyType.Enter);
        assertThat(wakes.get(0)).as("a digit waits at most the detector's gap").isLessThanOrEqualTo(
                KeystrokeBurstDetector.DEFAULT_MAX_GAP_MILLIS + 1);
        assertThat(scans).isEmpty();
    }

    @Test
    void fastDoubleDigitsAndOtherKeysAreNeverAScanAndKeepTheirOrder() {
        filter.key(new KeyStroke('1', false, false));
        now += 30;
        filter.key(new KeyStroke('2', false, false));
        now += 10;
        filter.key(new KeyStroke(KeyType.F12));
        filter.key(new KeyStroke('c', true, false));
        assertThat(keys).extracting(KeyStroke::getKeyType)
                .containsExactly(KeyType.Character, KeyType.Character, KeyType.F12, KeyType.Character);
        assertThat(keys.get(0).getCharacter()).isEqualTo('1');
        assertThat(keys.get(3).isCtrlDown()).isTrue();
        assertThat(scans).isEmpty();
    }
}
