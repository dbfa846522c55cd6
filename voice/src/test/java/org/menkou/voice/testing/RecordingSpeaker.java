package org.menkou.voice.testing;

import java.util.ArrayList;
import java.util.List;
import org.menkou.voice.Speaker;

/** A Speaker fake that records what it was asked to say and is silent at once. */
public final class RecordingSpeaker implements Speaker {
    private final List<String> said = new ArrayList<>();
    private boolean stopped;

    public synchronized List<String> said() {
        return List.copyOf(said);
    }

    public synchronized boolean stopped() {
        return stopped;
    }

    @Override
    public synchronized void say(String text) {
        said.add(text);
    }

    @Override
    public synchronized void sayPrompt(String text) {
        said.add(text);
    }

    @Override
    public void prefetch(Iterable<String> prompts) {
    }

    @Override
    public void repeat() {
    }

    @Override
    public void louder() {
    }

    @Override
    public void slower() {
    }

    @Override
    public synchronized void stop() {
        stopped = true;
    }

    @Override
    public boolean isSpeaking() {
        return false;
    }

    @Override
    public boolean awaitSilence(long timeoutMillis) {
        return true;
    }
}
