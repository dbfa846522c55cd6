package org.menkou.voice;

import java.util.List;

/**
 * A speech-to-text engine. {@link #start} opens one recognition for one utterance; the caller closes it. Sessions are
 * used from one thread at a time; the recogniser itself is thread-safe.
 */
public interface SpeechRecognizer {
    /** Starts recognising one utterance restricted to {@code grammar} (phrases as the model's words, plus
     * {@code [unk]}), or free text when {@code grammar} is empty. The grammar must have been validated. */
    Session start(List<String> grammar) throws VoiceException;

    /** One utterance being recognised: 16 kHz mono 16-bit PCM is fed in order, then {@link #finish} once. */
    interface Session extends AutoCloseable {
        void accept(byte[] pcm, int length) throws VoiceException;

        Transcript finish() throws VoiceException;

        @Override
        void close();
    }
}
