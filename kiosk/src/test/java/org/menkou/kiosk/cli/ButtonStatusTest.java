package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/** Staff learn that the emergency button device is out of order in the kiosk's language, and F12 still calls. */
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
        assertThat(KioskCommand.buttonStatus(VoiceLanguage.ZH_CN)).isEqualTo("紧急按钮不可用，F12键仍可呼叫");
        assertThat(KioskCommand.buttonStatus(VoiceLanguage.EN)).isEqualTo("Emergency button out of order; F12 still calls")
                .doesNotContainPattern("\\p{IsHan}");
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
