package org.menkou.voice;

/**
 * A text-to-speech engine. Implementations are thread-safe; a call blocks until the whole utterance is ready. The
 * opener closes it (an embedded engine stops; a process-per-call engine has nothing to close).
 */
public interface SpeechSynthesizer extends AutoCloseable {
    /** A short stable id, e.g. {@code espeak-ng}. */
    String id();

    /** Turns {@code request} into audio; fails with a VoiceException carrying the engine's cause. */
    Speech synthesize(SpeechRequest request) throws VoiceException;

    /** Stops the engine; no call may follow. Nothing to do by default. */
    @Override
    default void close() {
    }
}
