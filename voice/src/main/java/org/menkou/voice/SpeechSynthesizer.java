package org.menkou.voice;

/** A text-to-speech engine. Implementations are thread-safe; a call blocks until the whole utterance is ready. */
public interface SpeechSynthesizer {
    /** A short stable id, e.g. {@code espeak-ng}. */
    String id();

    /** Turns {@code request} into audio; fails with a VoiceException carrying the engine's cause. */
    Speech synthesize(SpeechRequest request) throws VoiceException;
}
