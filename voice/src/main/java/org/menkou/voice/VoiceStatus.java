package org.menkou.voice;

import java.util.Objects;

/**
 * What the kiosk shows about its voice: one state per part, each with a one-line message in Chinese and English
 * (empty when all is well).
 */
public record VoiceStatus(ModelState model, Line modelMessage, DeviceState microphone, Line microphoneMessage,
                          DeviceState speaker, Line speakerMessage) {
    public VoiceStatus {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(microphone, "microphone");
        Objects.requireNonNull(speaker, "speaker");
    }

    /** The speech model's state. */
    public enum ModelState { LOADING, READY, NOT_INSTALLED, FAILED }

    /** An audio device's state: a real device, a file standing in for it, or none. */
    public enum DeviceState { DEVICE, FILE, ABSENT }

    /** A one-line message in both languages. */
    public record Line(String chinese, String english) {
        public static final Line NONE = new Line("", "");

        public String in(VoiceLanguage language) {
            return language.isChinese() ? chinese : english;
        }
    }

    /** Whether the kiosk can listen now (model ready and some audio input). */
    public boolean canListen() {
        return model == ModelState.READY && microphone != DeviceState.ABSENT;
    }
}
