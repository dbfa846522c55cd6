package org.menkou.voice;

/** The one exception type of the voice module: an engine, model or audio device failed. Always carries its cause. */
public class VoiceException extends Exception {
    public VoiceException(String message) {
        super(message);
    }

    public VoiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
