package org.menkou.hardware.button;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PressDebouncerTest {
    static final long MS = 1_000_000L;

    @Test
    void bounceAroundAPushAndAReleaseGivesOnePress() {
        PressDebouncer d = new PressDebouncer(50);
        int presses = 0;
        long t = 1_000 * MS;
        // push with bounce: close, open, close within 5 ms; held 2 s; release with bounce.
        boolean[] contact = {true, false, true, false, true, false};
        long[] at = {0, 2, 4, 2_000, 2_002, 2_003};
        for (int i = 0; i < contact.length; i++) {
            if (d.onChange(contact[i], t + at[i] * MS)) {
                presses++;
            }
        }
        assertThat(presses).isEqualTo(1);
    }

    @Test
    void aLongPressIsOnePressAndTwoRealPushesAreTwo() {
        PressDebouncer d = new PressDebouncer(50);
        assertThat(d.onChange(true, 0)).isTrue();
        assertThat(d.onChange(true, 5_000 * MS)).isFalse();
        assertThat(d.onChange(false, 10_000 * MS)).isFalse();
        assertThat(d.onChange(true, 10_300 * MS)).isTrue();
    }
}
