package org.menkou.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.menkou.kiosk.meals.BookingResident;
import org.menkou.kiosk.screen.VoiceInput;
import org.menkou.kiosk.session.ResidentShortcuts;
import org.menkou.voice.VoiceLanguage;

/** The parts a kiosk is assembled from: each explicit, none null, off until turned on. */
class KioskFeaturesTest {
    @Test
    void theBasicKioskIsChineseMenusOnlyWithALocalEmergencyCallAndKeysOnly() {
        KioskFeatures basic = KioskFeatures.basic();
        assertThat(basic.language()).isEqualTo(VoiceLanguage.ZH_CN);
        assertThat(basic.booking()).isEmpty();
        assertThat(basic.greeting()).isEmpty();
        assertThat(basic.alarms()).isEmpty();
        assertThat(basic.voice().listening()).isFalse();
    }

    @Test
    void theBuilderTurnsPartsOnOneByOne() {
        KioskFeatures features = KioskFeatures.builder().language(VoiceLanguage.EN).greeting(ResidentShortcuts.NONE)
                .listening(() -> true).build();
        assertThat(features.language()).isEqualTo(VoiceLanguage.EN);
        assertThat(features.greeting()).contains(ResidentShortcuts.NONE);
        assertThat(features.voice().listening()).isTrue();
        assertThat(features.booking()).as("still menus only").isEmpty();
    }

    @Test
    void noPartMayBeNull() {
        assertThatThrownBy(() -> new KioskFeatures(VoiceLanguage.ZH_CN, null, Optional.empty(), Optional.empty(),
                VoiceInput.keysOnly(), Optional.empty())).isInstanceOf(NullPointerException.class).hasMessageContaining("booking");
        assertThatThrownBy(() -> KioskFeatures.builder().language(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KioskFeatures.Booking(null, Optional.of(BookingResident.WALK_IN)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("bookings");
    }
}
