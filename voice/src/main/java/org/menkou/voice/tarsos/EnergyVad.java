package org.menkou.voice.tarsos;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Energy-based voice activity detection on fixed-length frames. Before speech it keeps a pre-roll of the last
 * {@code preRollMillis} of audio, handed over when speech starts so the first syllable is not lost. Speech starts
 * after {@code startFrames} loud frames in a row and ends after {@code silenceMillis} of quiet frames, or when it
 * reaches {@code maxSpeechMillis}. Not thread-safe: one per utterance.
 */
public final class EnergyVad {
    /** What the caller should do after a frame. */
    public enum Decision { WAITING, SPEECH, END_OF_SPEECH, CAP_REACHED, NO_SPEECH }

    /** Tunables; times in milliseconds, threshold in dB relative to full scale. */
    public record Settings(double thresholdDb, int frameMillis, int preRollMillis, int silenceMillis,
                          int maxSpeechMillis, int maxWaitMillis, int startFrames) {
        public static Settings defaults(int silenceMillis) {
            return new Settings(-45, 20, 1000, silenceMillis, 8000, 8000, 3);
        }
    }

    private final Settings settings;
    private final Deque<byte[]> preRoll = new ArrayDeque<>();
    private boolean speaking;
    private int loudRun;
    private int quietRun;
    private int speechFrames;
    private int waitFrames;

    public EnergyVad(Settings settings) {
        this.settings = settings;
    }

    /**
     * Takes the next frame and its level. Frames that belong to the utterance are passed to {@code sink} in order:
     * the pre-roll first when speech starts, then every frame until the end.
     */
    public Decision offer(byte[] frame, double levelDb, FrameSink sink) {
        boolean loud = levelDb > settings.thresholdDb();
        if (!speaking) {
            preRoll.addLast(frame);
            while (preRoll.size() > settings.preRollMillis() / settings.frameMillis()) {
                preRoll.removeFirst();
            }
            loudRun = loud ? loudRun + 1 : 0;
            waitFrames++;
            if (loudRun < settings.startFrames()) {
                return waitFrames * settings.frameMillis() >= settings.maxWaitMillis() ? Decision.NO_SPEECH : Decision.WAITING;
            }
            speaking = true;
            preRoll.forEach(f -> sink.accept(f, false));
            speechFrames = preRoll.size();
            preRoll.clear();
            return Decision.SPEECH;
        }
        sink.accept(frame, loud);
        speechFrames++;
        quietRun = loud ? 0 : quietRun + 1;
        if (quietRun * settings.frameMillis() >= settings.silenceMillis()) {
            return Decision.END_OF_SPEECH;
        }
        return speechFrames * settings.frameMillis() >= settings.maxSpeechMillis() ? Decision.CAP_REACHED : Decision.SPEECH;
    }

    /** Receives the frames of the utterance. */
    @FunctionalInterface
    public interface FrameSink {
        /** @param loud whether this frame is above the threshold (the last loud frame marks the end of speech) */
        void accept(byte[] frame, boolean loud);
    }
}
