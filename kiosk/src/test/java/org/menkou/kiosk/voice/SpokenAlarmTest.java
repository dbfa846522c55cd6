package org.menkou.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmPin;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.alarm.KioskAlarms;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.voice.Heard;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.Listener;
import org.menkou.voice.MissReason;
import org.menkou.voice.Phrase;
import org.menkou.voice.Speaker;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceStatus;

/**
 * The kiosk says each state of an emergency call aloud as its screen changes: the real TUI and alarm journal, the
 * voice replaced at its boundary by one that records what it is asked to say.
 */
@ExtendWith(LoopbackPort.Resolver.class)
class SpokenAlarmTest {
    @TempDir
    Path tmp;

    @Test
    void thePressAndTheAcknowledgementAreSpoken(LoopbackPort closed) throws Exception {
        ContentStore store = SeededStore.create(tmp, LocalDate.now());
        AlarmJournal journal = AlarmJournal.open(store.database(), Clock.systemUTC());
        // A kiosk with a server that is never reached (nothing listens on its port, and the sender is not started);
        // the test says what the server says.
        AlarmSender silent = new AlarmSender(journal, new SyncClient(closed.httpUrl(), "t".repeat(24),
                Duration.ofMillis(200)), Duration.ofSeconds(1), Clock.systemUTC());
        KioskAlarms alarms = new KioskAlarms(journal, Optional.of(silent), KioskAlarms.NO_RESIDENT_SESSION, () -> null,
                "wt-station-1", new AlarmPin(tmp), Clock.systemUTC());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        KioskTui tui = new KioskTui(new KioskApp(store, Clock.systemUTC(), "wt-station-1",
                KioskFeatures.builder().alarms(alarms).build()).navigator(), gui);
        tui.show();
        RecordingVoice voice = new RecordingVoice();
        VoiceDriver driver = new VoiceDriver(voice, key -> CompletableFuture.completedFuture(tui.press(key)));
        tui.onViewChanged(driver::show);

        terminal.addInput(new KeyStroke(KeyType.F12));
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(voice.said).last().asString().contains("正在呼叫工作人员");

        journal.serverSays(alarms.inProgress().orElseThrow().id(), AlarmState.ACKNOWLEDGED, false);
        tui.refresh();
        assertThat(voice.said).last().asString().contains("工作人员已收到，正在赶来");
        driver.close();
    }

    /** A voice whose speaker records what it is asked to say and whose listener never hears anything. */
    static final class RecordingVoice implements KioskVoice {
        final List<String> said = new CopyOnWriteArrayList<>();

        @Override
        public Speaker speaker() {
            return new Speaker() {
                public void say(String text) {
                    said.add(text);
                }

                public void sayPrompt(String text) {
                    said.add(text);
                }

                public void prefetch(Iterable<String> prompts) {
                }

                public void repeat() {
                }

                public void louder() {
                }

                public void slower() {
                }

                public void stop() {
                }

                public boolean isSpeaking() {
                    return false;
                }

                public boolean awaitSilence(long timeoutMillis) {
                    return true;
                }
            };
        }

        @Override
        public Listener listener() {
            return new Listener() {
                public Heard listen(List<Phrase> phrases) {
                    return new Heard.Miss(MissReason.MODEL_NOT_READY, "");
                }

                public Heard ask(List<Phrase> phrases) {
                    return listen(phrases);
                }

                public boolean confirm(String readBack) {
                    return false;
                }

                public Optional<List<String>> outOfVocabulary(List<Phrase> phrases) {
                    return Optional.empty();
                }

                public void cancel() {
                }

                public void onEmergencyBargeIn(Runnable action) {
                }
            };
        }

        @Override
        public VoiceStatus status() {
            return new VoiceStatus(VoiceStatus.ModelState.NOT_INSTALLED, VoiceStatus.Line.NONE,
                    VoiceStatus.DeviceState.ABSENT, VoiceStatus.Line.NONE, VoiceStatus.DeviceState.FILE, VoiceStatus.Line.NONE);
        }

        @Override
        public VoiceLanguage language() {
            return VoiceLanguage.ZH_CN;
        }

        @Override
        public boolean awaitModel(long timeoutMillis) {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
