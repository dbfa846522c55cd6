package org.menkou.voice;

/** Why a listen turn heard no expected phrase. */
public enum MissReason {
    /** Nobody spoke before the timeout. */
    SILENCE,
    /** Speech was heard but it is not one of the expected phrases (recognised as unknown). */
    NOT_EXPECTED,
    /** The best phrase's word confidence is below the threshold. */
    LOW_CONFIDENCE,
    /** Two expected phrases are too close to tell apart (within the pinyin margin). */
    AMBIGUOUS,
    /** The speech model is still loading, failed or is not installed. */
    MODEL_NOT_READY,
    /** The microphone (or the file standing in for it) failed while listening; the kiosk runs by keys. */
    AUDIO_DEVICE_FAILED,
    /** The recogniser failed on this turn (not a model still loading); the kiosk runs by keys. */
    ENGINE_ERROR,
    /** There is no microphone (and no --mic-file), or the microphone file has ended. */
    NO_MICROPHONE,
    /** The turn was cancelled (a new screen, a key press). */
    CANCELLED
}
