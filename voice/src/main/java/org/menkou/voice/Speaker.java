package org.menkou.voice;

/**
 * Reads screens aloud. Every method returns at once; speech plays on the speaker's own thread. A new {@link #say}
 * interrupts what is playing. Thread-safe.
 */
public interface Speaker {
    /** Stops what is playing and starts reading {@code text} (normalised: times, money, dates … read out). */
    void say(String text);

    /**
     * Like {@link #say}, for a fixed prompt: synthesised once and replayed from the prompt cache.
     */
    void sayPrompt(String text);

    /** Synthesises fixed prompts in the background so their first {@link #sayPrompt} is instant. */
    void prefetch(Iterable<String> prompts);

    /** Says the last text again from the start (重复). */
    void repeat();

    /** Raises the volume one step and repeats the current text at once (大声一点). */
    void louder();

    /** Slows the rate one step and repeats the current text at once (慢一点). */
    void slower();

    /** Stops speaking. */
    void stop();

    /** Whether speech is playing now. */
    boolean isSpeaking();

    /** Blocks until nothing is queued or playing, or the timeout passes; true when silent. */
    boolean awaitSilence(long timeoutMillis) throws InterruptedException;
}
