package org.menkou.voice;

import java.util.List;

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

    /** Cancels a listen in progress (a new screen, a key press); it returns a CANCELLED miss. */
    void cancel();

    /**
     * Registers the action run (on the listener's thread) when 救命/紧急呼叫 is heard while the kiosk speaks.
     * Replaces the previous one.
     */
    void onEmergencyBargeIn(Runnable action);
}
