package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.menkou.voice.VoiceLanguage;
import picocli.CommandLine;

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

    @Test
    void theDemoPassesTheKioskOptionsJourneyTestsNeedThrough() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--button", "simulated:/tmp/presses", "--mic-file", "/tmp/mic.wav",
                "--speaker-file", "/tmp/out.wav", "--no-voice", "--lang", "en", "--sync-seconds", "2");
        KioskCommand kiosk = demo.kioskCommand("--data", "/tmp/demo-kiosk");

        assertThat(kiosk.button).isEqualTo("simulated:/tmp/presses");
        assertThat(kiosk.micFile).isEqualTo(Path.of("/tmp/mic.wav"));
        assertThat(kiosk.speakerFile).isEqualTo(Path.of("/tmp/out.wav"));
        assertThat(kiosk.noVoice).isTrue();
        assertThat(kiosk.language).isEqualTo(VoiceLanguage.EN);
        assertThat(kiosk.syncSeconds).isEqualTo(2);
        assertThat(kiosk.data).isEqualTo(Path.of("/tmp/demo-kiosk"));
    }

    @Test
    void portZeroAsksTheAdminSiteForAFreePortAndTheDemoTakesTheAddressItPrints() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--port", "0");
        assertThat(demo.port).isZero();
        DemoCommand defaults = new DemoCommand();
        new CommandLine(defaults).parseArgs();
        assertThat(defaults.port).as("the default stays 7080").isEqualTo(7080);

        assertThat(DemoCommand.adminAddress("admin site: http://127.0.0.1:41234/"))
                .contains(URI.create("http://127.0.0.1:41234/"));
        assertThat(DemoCommand.adminAddress("created user 'admin' with password x")).isEmpty();
    }
}
