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

    @Override
    void close();
}
