package org.menkou.kiosk.voice;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.sync.SyncSettings;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.MissReason;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.VoiceStatus;
import org.menkou.voice.setup.VoiceSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's voice over its lifetime: opens it, connects it to the terminal UI, and reopens it in the other
 * language when a resident switches language on the home screen (one speech model per process). When the voice
 * cannot listen (no voice in that language, no model, a failed microphone or recogniser) the top right of the
 * screen says so in a few words and the kiosk runs by keys; a later switch or the talk key tries again. The
 * UI-facing methods run on the GUI thread. {@link #close} closes the voice that is open.
 */
public final class KioskVoices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskVoices.class);

    /** Opens a voice for the options; {@link VoiceSetup#open} outside unit tests. The caller closes the voice. */
    @FunctionalInterface
    interface Opener {
        KioskVoice open(VoiceOptions options) throws VoiceException;
    }

    private final VoiceOptions options;
    private final Opener opener;
    /** The language asked for last; the voice is in it, or null when it could not be opened. GUI thread. */
    private VoiceLanguage language;
    private volatile KioskVoice voice;
    private VoiceDriver driver;
    private KioskTui tui;
    /** Why the open voice stopped listening (microphone or recogniser failure), or null. GUI thread. */
    private MissReason trouble;

    private KioskVoices(VoiceOptions options, Opener opener, KioskVoice voice) {
        this.options = options;
        this.opener = opener;
        this.voice = voice;
        this.language = voice.language();
    }

    /**
     * Opens the voice, printing one line for each part that is missing (no model, no microphone, no speaker): the
     * kiosk then runs by buttons. Empty when the voice cannot be opened at all (the line says why). Call before the
     * terminal UI starts: it prints to {@code out}.
     */
    public static Optional<KioskVoices> open(VoiceOptions options, PrintStream out) {
        return open(options, out, VoiceSetup::open);
    }

    static Optional<KioskVoices> open(VoiceOptions options, PrintStream out, Opener opener) {
        try {
            KioskVoice voice = opener.open(options);
            VoiceStatus s = voice.status();
            for (VoiceStatus.Line line : new VoiceStatus.Line[] {s.modelMessage(), s.microphoneMessage(), s.speakerMessage()}) {
                if (!line.chinese().isEmpty()) {
                    out.println("menkou kiosk: " + line.chinese() + " / " + line.english());
                }
            }
            return Optional.of(new KioskVoices(options, opener, voice));
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
                trouble = null;
                showStatus();
                driver.talk();
            }
        });
        driver = newDriver();
        showStatus();
        driver.show(first);
    }

    /**
     * Closes the voice and opens it again in {@code language}; the next screen is read in it. When it cannot be
     * opened the kiosk runs by keys, the top right says so, and a later switch tries again. GUI thread; the terminal
     * UI is running, so nothing is printed (the log has the details).
     */
    public void switchTo(VoiceLanguage next) {
        if (next == language) {
            return;
        }
        language = next;
        trouble = null;
        closeVoice();
        // The new model loads in the background; until then the kiosk speaks and runs by buttons.
        try {
            voice = opener.open(options.withLanguage(next));
            VoiceStatus s = voice.status();
            for (VoiceStatus.Line line : new VoiceStatus.Line[] {s.modelMessage(), s.microphoneMessage(), s.speakerMessage()}) {
                if (!line.english().isEmpty()) {
                    LOG.warn("voice in {}: {}", next, line.english());
                }
            }
            driver = newDriver();
        } catch (VoiceException | RuntimeException e) {
            LOG.warn("cannot open the voice in {}; the kiosk runs by keys: {}", next, e.getMessage(), e);
        }
        showStatus();
    }

    private void closeVoice() {
        if (driver != null) {
            driver.close();
            driver = null;
        }
        if (voice != null) {
            voice.close();
            voice = null;
        }
    }

    private VoiceDriver newDriver() {
        KioskTui ui = tui;
        KioskVoice opened = voice;
        return new VoiceDriver(opened, key -> {
            CompletableFuture<Boolean> changed = new CompletableFuture<>();
            // The driver presses the emergency key only for a spoken 救命/紧急呼叫: the call's source is the voice.
            ui.post(() -> changed.complete(key == KioskKey.EMERGENCY ? ui.emergency(AlarmSource.VOICE) : ui.press(key)));
            return changed;
        }, reason -> ui.post(() -> {
            if (voice == opened) {
                trouble = reason;
                showStatus();
            }
        }));
    }

    /** Shows at the top right why the kiosk cannot listen, or nothing. GUI thread. */
    private void showStatus() {
        if (tui != null) {
            Ui status = statusOf(voice, trouble);
            tui.showVoiceStatus(status == null ? "" : status.in(language));
        }
    }

    /** The few words for the top right, or null when the voice can listen (or is loading). */
    static Ui statusOf(KioskVoice voice, MissReason trouble) {
        if (voice == null) {
            return Ui.VOICE_STATUS_OFF;
        }
        if (trouble == MissReason.AUDIO_DEVICE_FAILED) {
            return Ui.VOICE_STATUS_MIC_FAILED;
        }
        if (trouble == MissReason.ENGINE_ERROR) {
            return Ui.VOICE_STATUS_ENGINE_FAILED;
        }
        VoiceStatus.ModelState model = voice.status().model();
        return model == VoiceStatus.ModelState.NOT_INSTALLED || model == VoiceStatus.ModelState.FAILED
                ? Ui.VOICE_STATUS_NO_MODEL : null;
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
        closeVoice();
    }
}
