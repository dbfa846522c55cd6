package org.menkou.kiosk.voice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.screen.Choice;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.MissReason;
import org.menkou.voice.Phrase;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the kiosk by voice: reads every new screen aloud, then listens for one answer (the screen's phrases and the
 * global commands) and turns what it heard into the key a resident would have pressed. After two misses it stops
 * listening until the next screen or the talk button. 救命/紧急呼叫 interrupts speech at any time. When the microphone or
 * the recogniser fails, it says so once and listens no more until the talk button; screens are still read aloud.
 * It waits for the model and for speech to end by blocking, never by polling.
 * {@link #show} and {@link #talk} are called on the UI thread; listening runs on the "voice-listen" thread; keys go
 * back to the UI thread through {@code pressOnUi}, which answers whether the screen changed.
 */
public final class VoiceDriver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceDriver.class);
    static final long MAX_SPEECH_WAIT_MS = 60_000;

    private final KioskVoice voice;
    private final Function<KioskKey, CompletableFuture<Boolean>> pressOnUi;
    private final ExecutorService listening = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voice-listen");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<MissReason> onCannotListen;
    private volatile ScreenView shown;
    /** Set when the microphone or the recogniser failed; cleared by the talk button. */
    private volatile boolean listeningStopped;

    /**
     * @param pressOnUi presses a key on the UI thread; the future tells whether the shown screen changed
     */
    public VoiceDriver(KioskVoice voice, Function<KioskKey, CompletableFuture<Boolean>> pressOnUi) {
        this(voice, pressOnUi, reason -> { });
    }

    /**
     * @param pressOnUi      presses a key on the UI thread; the future tells whether the shown screen changed
     * @param onCannotListen told on the listening thread when a turn ended with {@link MissReason#AUDIO_DEVICE_FAILED}
     *                       or {@link MissReason#ENGINE_ERROR}, after the driver has said so aloud
     */
    public VoiceDriver(KioskVoice voice, Function<KioskKey, CompletableFuture<Boolean>> pressOnUi,
                       Consumer<MissReason> onCannotListen) {
        this.voice = voice;
        this.pressOnUi = pressOnUi;
        this.onCannotListen = onCannotListen;
        // Barge-in listens while the kiosk speaks. A WAV file standing in for the microphone is a script of turns,
        // read only by listen turns, so barge-in stays off for it (voice tests cover barge-in on its own).
        if (voice.status().microphone() == VoiceStatus.DeviceState.DEVICE) {
            voice.listener().onEmergencyBargeIn(() -> pressOnUi.apply(KioskKey.EMERGENCY));
        }
    }

    /** A new screen is shown: read it aloud, then listen for the answer. UI thread. */
    public void show(ScreenView view) {
        shown = view;
        voice.listener().cancel();
        voice.speaker().say(view.speakableText());
        if (!listeningStopped) {
            listenAfterSpeech(view);
        }
    }

    /** The talk button: stop speaking and listen now. UI thread. */
    public void talk() {
        ScreenView view = shown;
        if (view != null) {
            listeningStopped = false;
            voice.listener().cancel();
            voice.speaker().stop();
            listenAfterSpeech(view);
        }
    }

    private void listenAfterSpeech(ScreenView view) {
        listening.submit(() -> {
            try {
                voice.speaker().awaitSilence(MAX_SPEECH_WAIT_MS);
                if (view != shown || !voice.awaitModel(MAX_SPEECH_WAIT_MS) || view != shown) {
                    return;
                }
                Heard heard = voice.listener().ask(phrases(view, voice.language()));
                if (heard instanceof Heard.Miss miss && isFailure(miss.reason())) {
                    stopListening(miss.reason());
                    return;
                }
                act(view, heard);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("listening failed", e);
            }
        });
    }

    private static boolean isFailure(MissReason reason) {
        return reason == MissReason.AUDIO_DEVICE_FAILED || reason == MissReason.ENGINE_ERROR;
    }

    /** Says why the kiosk no longer listens and tells the owner; listening resumes with the talk button. */
    private void stopListening(MissReason reason) {
        listeningStopped = true;
        Ui sentence = reason == MissReason.AUDIO_DEVICE_FAILED ? Ui.VOICE_MIC_FAILED : Ui.VOICE_ENGINE_FAILED;
        LOG.warn("voice stops listening until the talk button: {}", reason);
        voice.speaker().say(sentence.in(voice.language()));
        onCannotListen.accept(reason);
    }

    private void act(ScreenView view, Heard heard) throws InterruptedException {
        if (heard instanceof Heard.Command c) {
            switch (c.command()) {
                case REPEAT -> voice.speaker().repeat();
                case LOUDER -> voice.speaker().louder();
                case SLOWER -> voice.speaker().slower();
                default -> { }
            }
        }
        KioskKey key = keyFor(view, heard);
        boolean changed = false;
        if (key != null) {
            try {
                changed = pressOnUi.apply(key).get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.warn("the UI did not take the spoken key {}", key, e);
            }
        }
        if (!heard.isMiss() && !changed && view == shown) {
            // 重复, 大声一点 … or a choice that kept the screen: keep listening on this screen.
            listenAfterSpeech(view);
        }
    }

    /**
     * The key a resident would have pressed for what was heard, or null for none (a miss, 重复 …, or a phrase whose id
     * is none of this screen's: nothing is pressed for it).
     */
    static KioskKey keyFor(ScreenView view, Heard heard) {
        if (heard instanceof Heard.ScreenPhrase p) {
            return phraseKeys(view).get(p.phrase().id());
        }
        if (!(heard instanceof Heard.Command c)) {
            return null;
        }
        GlobalCommand command = c.command();
        return switch (command) {
            case BACK, CANCEL -> KioskKey.BACK;
            case HOME -> KioskKey.DIGIT_0;
            case CONFIRM -> KioskKey.CONFIRM;
            case EMERGENCY -> KioskKey.EMERGENCY;
            case REPEAT, LOUDER, SLOWER -> null;
            case DIGIT_1, DIGIT_2, DIGIT_3, DIGIT_4, DIGIT_5, DIGIT_6, DIGIT_7, DIGIT_8, DIGIT_9 ->
                    KioskKey.ofDigit(command.number());
            case CHOICE_1, CHOICE_2, CHOICE_3, CHOICE_4, CHOICE_5, CHOICE_6 -> nthChoice(view, command.number());
        };
    }

    /** The id the phrases of {@code key} carry to the listener and back. */
    static String phraseId(KioskKey key) {
        return key.name();
    }

    /** The keys of {@code view}'s phrases by the id their phrases carry. */
    private static Map<String, KioskKey> phraseKeys(ScreenView view) {
        Map<String, KioskKey> keys = new HashMap<>();
        view.phrases().values().forEach(key -> keys.put(phraseId(key), key));
        return keys;
    }

    private static KioskKey nthChoice(ScreenView view, int n) {
        List<Choice> choices = view.choices();
        return n <= choices.size() ? KioskKey.ofDigit(choices.get(n - 1).digit()) : null;
    }

    /**
     * The screen's phrases for the listener: each names the key it stands for; phrases the language cannot say are
     * left out, and so are the emergency command's words (home's 紧急呼叫 label), which always mean the emergency key.
     */
    static List<Phrase> phrases(ScreenView view, VoiceLanguage language) {
        List<Phrase> out = new ArrayList<>();
        List<String> emergencyWords = GlobalCommand.EMERGENCY.phrases(language);
        for (Map.Entry<String, KioskKey> e : view.phrases().entrySet()) {
            String text = e.getKey();
            boolean chinese = VoiceLanguage.guess(text) == VoiceLanguage.ZH_CN;
            if (chinese != language.isChinese()) {
                continue;
            }
            String spoken = language.isChinese() ? text.replaceAll("[\\s\\p{Punct}，。？！、：；（）]", "") : text.toLowerCase();
            if (!spoken.isBlank() && !emergencyWords.contains(spoken)) {
                out.add(new Phrase(phraseId(e.getValue()), spoken, e.getValue().digit().orElse(0)));
            }
        }
        return out;
    }

    @Override
    public void close() {
        voice.listener().cancel();
        listening.shutdownNow();
    }
}
