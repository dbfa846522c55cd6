package org.menkou.voice.audio;

import java.util.function.BooleanSupplier;
import org.menkou.voice.Speech;

/** Where speech goes when there is no speaker: nowhere, at once. The screen still shows the text. */
public final class DiscardingSink implements AudioSink {
    @Override
    public void play(Speech speech, BooleanSupplier stop, Runnable onFirstAudio) {
        onFirstAudio.run();
    }

    @Override
    public void close() {
    }
}
