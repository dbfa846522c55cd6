package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/**
 * Staff learn that the emergency button device is out of order in the kiosk's language, and F12 still calls; the
 * warning stays beside 离线 whatever the server does.
 */
class ButtonStatusTest {
    @TempDir
    Path dir;

    @Test
    void anUnusableButtonIsReportedToStaffInEitherLanguage() throws Exception {
        ContentStore store = SeededStore.create(dir, LocalDate.of(2026, 11, 23));
        Path notAFile = Files.createDirectory(dir.resolve("button-trigger"));
        try (AlarmLauncher alarm = AlarmLauncher.start(dir, store, "wt-station-1", "simulated:" + notAFile,
                Optional.empty(), Optional::empty)) {
            assertThat(alarm.watchButton(() -> { })).as("a directory is no trigger file").isFalse();
        }
        List<String> shown = new ArrayList<>();
        StaffStatus status = new StaffStatus(shown::add, VoiceLanguage.ZH_CN);
        status.buttonUnusable();
        assertThat(status.text()).isEqualTo("紧急按钮不可用，F12键仍可呼叫");
        status.language(VoiceLanguage.EN);
        assertThat(status.text()).isEqualTo("Emergency button out of order; F12 still calls")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(shown).last().isEqualTo(status.text());
    }

    @Test
    void theButtonWarningStaysWhenTheServerComesAndGoes() {
        List<String> shown = new ArrayList<>();
        StaffStatus status = new StaffStatus(shown::add, VoiceLanguage.ZH_CN);
        status.buttonUnusable();
        status.offline(false);
        assertThat(shown).last().as("a sync round online does not wipe the button warning").isEqualTo("紧急按钮不可用，F12键仍可呼叫");
        status.offline(true);
        assertThat(shown).last().isEqualTo("离线；紧急按钮不可用，F12键仍可呼叫");
        status.language(VoiceLanguage.EN);
        assertThat(shown).last().isEqualTo("Offline; Emergency button out of order; F12 still calls");
        status.offline(false);
        assertThat(shown).last().isEqualTo("Emergency button out of order; F12 still calls");
    }

    @Test
    void aKeyButtonIsAlwaysUsable() throws Exception {
        ContentStore store = SeededStore.create(dir, LocalDate.of(2026, 11, 23));
        try (AlarmLauncher alarm = AlarmLauncher.start(dir, store, "wt-station-1", "key:F12", Optional.empty(),
                Optional::empty)) {
            assertThat(alarm.watchButton(() -> { })).isTrue();
        }
    }
}
