package org.menkou.voice.audio;

import java.util.function.BooleanSupplier;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;

/** Where speech is played: a speaker or a file. Used by one playing thread; the opener closes it. */
public interface AudioSink extends AutoCloseable {
    /**
     * Plays {@code speech} (16 kHz mono 16-bit) and blocks until it has played or {@code stop} returns true (checked
     * at least every 50 ms of audio). {@code onFirstAudio} runs once, when the first bytes reach the device.
     */
    void play(Speech speech, BooleanSupplier stop, Runnable onFirstAudio) throws VoiceException;

    @Override
    void close();
}
