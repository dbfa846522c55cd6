package org.menkou.kiosk.voice;

import java.io.PrintStream;
import java.util.Optional;
import org.menkou.content.sync.AlarmSource;
import org.menkou.hardware.KioskKey;
import java.util.concurrent.CompletableFuture;
import org.menkou.content.sync.SyncSettings;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.VoiceStatus;
import org.menkou.voice.setup.VoiceSetup;

/**
 * The kiosk's voice over its lifetime: opens it, connects it to the terminal UI, and reopens it in the other
 * language when a resident switches language on the home screen (one speech model per process). The UI-facing
 * methods run on the GUI thread. {@link #close} closes the voice that is open.
 */
public final class KioskVoices implements AutoCloseable {
    private final VoiceOptions options;
    private final PrintStream out;
    private volatile KioskVoice voice;
    private VoiceDriver driver;
    private KioskTui tui;

    private KioskVoices(VoiceOptions options, PrintStream out, KioskVoice voice) {
        this.options = options;
        this.out = out;
        this.voice = voice;
    }

    /**
     * Opens the voice, printing one line for each part that is missing (no model, no microphone, no speaker): the
     * kiosk then runs by buttons. Empty when the voice cannot be opened at all (the line says why).
     */
    public static Optional<KioskVoices> open(VoiceOptions options, PrintStream out) {
        return openVoice(options, out).map(v -> new KioskVoices(options, out, v));
    }

    private static Optional<KioskVoice> openVoice(VoiceOptions options, PrintStream out) {
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

    /** Whether spoken commands are heard now (a model is loaded and there is audio input). Any thread. */
    public boolean canListen() {
        return voice.status().canListen();
    }

    /** Reads every screen aloud and listens after it; the talk key (F11) listens at once. GUI thread, once. */
    public void attach(KioskTui ui, ScreenView first) {
        this.tui = ui;
        ui.onViewChanged(view -> {
            if (driver != null) {
                driver.show(view);
            }
        });
        ui.onTalk(() -> {
            if (driver != null) {
                driver.talk();
            }
        });
        driver = newDriver();
        driver.show(first);
    }

    /** Closes the voice and opens it again in {@code language}; the next screen is read in it. GUI thread. */
    public void switchTo(VoiceLanguage language) {
        if (language == voice.language()) {
            return;
        }
        driver.close();
        voice.close();
        // The new model loads in the background; until then the kiosk speaks and runs by buttons.
        voice = openVoice(options.withLanguage(language), out).orElse(null);
        if (voice == null) {
            driver = null;
            return;
        }
        driver = newDriver();
    }

    private VoiceDriver newDriver() {
        KioskTui ui = tui;
        return new VoiceDriver(voice, key -> {
            CompletableFuture<Boolean> changed = new CompletableFuture<>();
            // The driver presses the emergency key only for a spoken 救命/紧急呼叫: the call's source is the voice.
            ui.post(() -> changed.complete(key == KioskKey.EMERGENCY ? ui.emergency(AlarmSource.VOICE) : ui.press(key)));
            return changed;
        });
    }

    /** What the heartbeat reports about the voice. Cheap; called on the sync thread. */
    public static SyncSettings.VoiceReport report(Optional<KioskVoices> voices) {
        KioskVoice v = voices.map(k -> k.voice).orElse(null);
        if (v == null) {
            return new SyncSettings.VoiceReport(false, "unavailable");
        }
        VoiceStatus.ModelState model = v.status().model();
        return new SyncSettings.VoiceReport(model == VoiceStatus.ModelState.READY || model == VoiceStatus.ModelState.LOADING,
                model.name().toLowerCase());
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.close();
        }
        if (voice != null) {
            voice.close();
        }
    }
}
