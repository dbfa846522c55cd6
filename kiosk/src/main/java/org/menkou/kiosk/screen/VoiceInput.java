package org.menkou.kiosk.screen;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Whether the kiosk listens for spoken commands right now (a model is loaded and there is a microphone): screens
 * invite the resident to speak only then. Any thread.
 */
public final class VoiceInput {
    private final BooleanSupplier canListen;

    /** Asks {@code canListen} (fast, any thread), e.g. the voice's status, each time a screen wants to know. */
    public VoiceInput(BooleanSupplier canListen) {
        this.canListen = Objects.requireNonNull(canListen, "canListen");
    }

    /** Never listening: a kiosk run by keys only. */
    public static VoiceInput keysOnly() {
        return new VoiceInput(() -> false);
    }

    /** True while spoken commands are heard. */
    public boolean listening() {
        return canListen.getAsBoolean();
    }
}
