package org.menkou.kiosk.screen;

import java.util.function.BooleanSupplier;

/**
 * Whether the kiosk listens for spoken commands right now (a model is loaded and there is a microphone): screens
 * invite the resident to speak only then. Off until the voice says it can listen. Any thread.
 */
public final class VoiceInput {
    private volatile BooleanSupplier listening = () -> false;

    /** True while spoken commands are heard. */
    public boolean listening() {
        return listening.getAsBoolean();
    }

    /** From now on asks {@code canListen} (fast, any thread), e.g. the voice's status. */
    public void listenWhen(BooleanSupplier canListen) {
        this.listening = canListen;
    }
}
