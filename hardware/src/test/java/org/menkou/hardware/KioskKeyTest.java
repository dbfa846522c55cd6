package org.menkou.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KioskKeyTest {
    @Test
    void digitsRoundTripAndOtherKeysHaveNoDigit() {
        for (int d = 0; d <= 9; d++) {
            assertThat(KioskKey.ofDigit(d).digit()).contains(d);
        }
        assertThat(KioskKey.CONFIRM.digit()).isEmpty();
        assertThat(KioskKey.EMERGENCY.digit()).isEmpty();
        assertThatThrownBy(() -> KioskKey.ofDigit(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
