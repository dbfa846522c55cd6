package org.menkou.voice.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.menkou.voice.SpeechRecognizer;
import org.menkou.voice.Transcript;

/**
 * A recogniser fake: each session returns the next scripted transcript, whatever the audio, and records the
 * grammar it was given and how many bytes it was fed.
 */
public final class ScriptedRecognizer implements SpeechRecognizer {
    private final Deque<Transcript> script = new ArrayDeque<>();
    private final List<List<String>> grammars = new ArrayList<>();
    private final List<Integer> bytesFed = new ArrayList<>();

    public ScriptedRecognizer then(String text, double confidence) {
        List<Transcript.Word> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Transcript.Word(w, confidence, 0, 0));
            }
        }
        script.add(new Transcript(text, words));
        return this;
    }

    public synchronized List<List<String>> grammars() {
        return List.copyOf(grammars);
    }

    public synchronized List<Integer> bytesFed() {
        return List.copyOf(bytesFed);
    }

    @Override
    public synchronized Session start(List<String> grammar) {
        grammars.add(List.copyOf(grammar));
        int index = bytesFed.size();
        bytesFed.add(0);
        return new Session() {
            @Override
            public void accept(byte[] pcm, int length) {
                synchronized (ScriptedRecognizer.this) {
                    bytesFed.set(index, bytesFed.get(index) + length);
                }
            }

            @Override
            public Transcript finish() {
                synchronized (ScriptedRecognizer.this) {
                    return script.isEmpty() ? Transcript.EMPTY : script.removeFirst();
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
