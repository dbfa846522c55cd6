package org.menkou.voice;

/**
 * The kiosk's voice: a speaker, a listener and their status. Built by
 * {@code org.menkou.voice.setup.VoiceSetup.open(VoiceOptions)}; the caller closes it (stops threads, frees the model).
 */
public interface KioskVoice extends AutoCloseable {
    Speaker speaker();

    Listener listener();

    /** The current state of the model, microphone and speaker; cheap, call it as often as the UI redraws. */
    VoiceStatus status();

    VoiceLanguage language();

    /**
     * Blocks (on a worker thread, never the UI thread) until the speech model has finished loading, successfully or
     * not, or {@code timeoutMillis} have passed; returns at once when it is not loading. True when the kiosk can
     * listen now ({@link VoiceStatus#canListen}).
     */
    boolean awaitModel(long timeoutMillis) throws InterruptedException;

    @Override
    void close();
}
