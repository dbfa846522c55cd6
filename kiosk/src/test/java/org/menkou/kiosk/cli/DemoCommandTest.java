package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.menkou.voice.VoiceLanguage;

class DemoCommandTest {
    @Test
    void theDemosKioskGetsEveryDefaultTheCommandLineGives() {
        KioskCommand kiosk = new DemoCommand().kioskCommand("--data", "/tmp/demo-kiosk");

        assertThat(kiosk.button).isEqualTo("key:F12");
        assertThat(kiosk.language).isEqualTo(VoiceLanguage.ZH_CN);
        assertThat(kiosk.syncSeconds).isEqualTo(30);
        assertThat(kiosk.fontSize).as("--window fits the font to the screen").isNull();
        assertThat(kiosk.data).isEqualTo(Path.of("/tmp/demo-kiosk"));
        assertThat(kiosk.window).isFalse();
    }
}
