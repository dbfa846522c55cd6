package org.menkou.kiosk.voice;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.menkou.content.sync.SyncSettings;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.VoiceStatus;
import org.menkou.voice.setup.VoiceSetup;

/** Opens the kiosk's voice and connects it to the terminal UI. */
public final class KioskVoices {
    private KioskVoices() {
    }

    /**
     * Opens the voice, printing one line for each part that is missing (no model, no microphone, no speaker): the
     * kiosk then runs by buttons. Empty when the voice cannot be opened at all (the line says why). The caller
     * closes the voice.
     */
    public static Optional<KioskVoice> open(VoiceOptions options, PrintStream out) {
        try {
            KioskVoice voice = VoiceSetup.open(options);
            VoiceStatus s = voice.status();
            for (VoiceStatus.Line line : new VoiceStatus.Line[] {s.modelMessage(), s.microphoneMessage(), s.speakerMessage()}) {
                if (!line.chinese().isEmpty()) {
                    out.println("menkou kiosk: " + line.chinese() + " / " + line.english());
                }
            }
            return Optional.of(voice);
        } catch (VoiceException e) {
            out.println("menkou kiosk: 语音不能用，请用按键操作 (voice unavailable, use the keys): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Reads every screen aloud and listens after it; the talk key (F11) listens at once. GUI thread. */
    public static VoiceDriver attach(KioskVoice voice, KioskTui tui, org.menkou.kiosk.screen.ScreenView first) {
        VoiceDriver driver = new VoiceDriver(voice, key -> {
            CompletableFuture<Boolean> changed = new CompletableFuture<>();
            tui.post(() -> changed.complete(tui.press(key)));
            return changed;
        });
        tui.onViewChanged(driver::show);
        tui.onTalk(driver::talk);
        driver.show(first);
        return driver;
    }

    /** What the heartbeat reports about the voice. Cheap; called on the sync thread. */
    public static SyncSettings.VoiceReport report(Optional<KioskVoice> voice) {
        if (voice.isEmpty()) {
            return new SyncSettings.VoiceReport(false, "unavailable");
        }
        VoiceStatus.ModelState model = voice.get().status().model();
        return new SyncSettings.VoiceReport(model == VoiceStatus.ModelState.READY || model == VoiceStatus.ModelState.LOADING,
                model.name().toLowerCase());
    }
}
