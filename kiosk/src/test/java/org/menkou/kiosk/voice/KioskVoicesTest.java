package org.menkou.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;

/** Switching the voice's language on the real TUI, with voices opened by a scripted opener that can fail. */
class KioskVoicesTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedSwitchLeavesTheKioskOnKeysWithAStatusAndALaterSwitchWorks() throws Exception {
        ContentStore store = SeededStore.create(tmp, LocalDate.now());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        KioskApp app = new KioskApp(store, Clock.systemUTC(), "wt-station-1",
                KioskFeatures.builder().language(VoiceLanguage.ZH_CN).build());
        KioskTui tui = new KioskTui(app.navigator(), gui);
        tui.show();

        Map<VoiceLanguage, Boolean> fails = new ConcurrentHashMap<>(Map.of(VoiceLanguage.EN, true));
        List<ScriptedVoice> opened = new CopyOnWriteArrayList<>();
        KioskVoices.Opener opener = options -> {
            if (fails.getOrDefault(options.language(), false)) {
                throw new VoiceException("cannot read the microphone file");
            }
            ScriptedVoice voice = new ScriptedVoice(options.language()).loaded();
            opened.add(voice);
            return voice;
        };
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        KioskVoices voices = KioskVoices.open(VoiceOptions.defaults(tmp), new PrintStream(printed, true,
                StandardCharsets.UTF_8), opener).orElseThrow();
        voices.attach(tui, app.navigator().view());
        app.language().onChange(voices::switchTo);

        tui.press(KioskKey.DIGIT_8);
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).closed).isTrue();
        assertThat(titleRow(terminal)).contains(Ui.VOICE_STATUS_OFF.in(VoiceLanguage.EN));
        assertThat(KioskVoices.report(java.util.Optional.of(voices)).modelInstalled()).isFalse();
        assertThat(tui.press(KioskKey.DIGIT_1)).as("keys still work").isTrue();
        tui.press(KioskKey.DIGIT_0);

        fails.put(VoiceLanguage.EN, false);
        tui.press(KioskKey.DIGIT_8);
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(opened).hasSize(2);
        assertThat(opened.get(1).language()).isEqualTo(VoiceLanguage.ZH_CN);
        assertThat(titleRow(terminal)).doesNotContain(Ui.VOICE_STATUS_OFF.in(VoiceLanguage.EN))
                .doesNotContain(Ui.VOICE_STATUS_OFF.in(VoiceLanguage.ZH_CN));

        tui.press(KioskKey.DIGIT_8);
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(opened).hasSize(3);
        assertThat(opened.get(2).language()).isEqualTo(VoiceLanguage.EN);
        assertThat(opened.get(1).closed).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("nothing printed over the running UI").isEmpty();
        voices.close();
        assertThat(opened.get(2).closed).isTrue();
    }

    private static String titleRow(DefaultVirtualTerminal terminal) {
        StringBuilder row = new StringBuilder();
        for (int col = 0; col < terminal.getTerminalSize().getColumns(); col++) {
            TextCharacter c = terminal.getCharacter(col, 1);
            row.append(c.getCharacterString());
            if (c.isDoubleWidth()) {
                col++;
            }
        }
        return row.toString();
    }
}
