package org.menkou.voice;

import java.util.List;
import java.util.Optional;

/** Listens for one utterance at a time against the phrases a screen expects plus the global commands. */
public interface Listener {
    /**
     * Listens for ONE utterance (blocking: call it from a worker thread, never the UI thread) and returns the
     * expected phrase or global command heard, or a miss with its reason. Returns at once with a miss when the model
     * is not ready or there is no microphone.
     */
    Heard listen(List<Phrase> screenPhrases) throws InterruptedException;

    /**
     * Like {@link #listen}, but after a miss says "没听清，请再说一遍" and listens again; after the second miss it says
     * which digit key to press instead and offers 紧急呼叫, and returns that miss.
     */
    Heard ask(List<Phrase> screenPhrases) throws InterruptedException;

    /**
     * For actions that commit something (a booking, a call): says {@code readBack} and asks for 确认, then listens
     * like {@link #ask} with no screen phrases. True only when 确认 was heard; 取消, 返回 or a miss give false (the
     * kiosk still accepts the 确认 key meanwhile).
     */
    boolean confirm(String readBack) throws InterruptedException;

    /**
     * The screen phrases the model cannot recognise (some word is not in its vocabulary), each with the reason; call
     * it when a screen's content is loaded. Empty optional while the model is not loaded.
     */
    Optional<List<String>> outOfVocabulary(List<Phrase> screenPhrases);

    /** Cancels a listen in progress (a new screen, a key press); it returns a CANCELLED miss. */
    void cancel();

    /**
     * Registers the action run (on a voice thread) when 救命/紧急呼叫 is heard while the kiosk speaks; speech stops
     * first. Replaces the previous one; null turns barge-in off.
     */
    void onEmergencyBargeIn(Runnable action);
}
