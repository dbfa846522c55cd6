package org.menkou.kiosk.voice;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.menkou.voice.Heard;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.Listener;
import org.menkou.voice.MissReason;
import org.menkou.voice.Phrase;
import org.menkou.voice.Speaker;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceStatus;

/**
 * A voice replaced at its boundary for kiosk unit tests: the speaker records what it is asked to say and is silent
 * at once; the model loads when {@link #modelLoaded} completes; each listen turn takes the next scripted answer
 * (a SILENCE miss when there is none) and is recorded in {@link #turns}.
 */
final class ScriptedVoice implements KioskVoice {
    final VoiceLanguage language;
    final List<String> said = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> modelLoaded = new CompletableFuture<>();
    final BlockingQueue<Heard> answers = new LinkedBlockingQueue<>();
    /** One entry per listen turn, in order; tests wait on it with a deadline. */
    final BlockingQueue<List<Phrase>> turns = new LinkedBlockingQueue<>();
    final AtomicInteger statusCalls = new AtomicInteger();
    volatile boolean closed;

    ScriptedVoice(VoiceLanguage language) {
        this.language = language;
    }

    ScriptedVoice loaded() {
        modelLoaded.complete(null);
        return this;
    }

    @Override
    public Speaker speaker() {
        return new Speaker() {
            public void say(String text) {
                said.add(text);
            }

            public void sayPrompt(String text) {
                said.add(text);
            }

            public void prefetch(Iterable<String> prompts) {
            }

            public void repeat() {
            }

            public void louder() {
            }

            public void slower() {
            }

            public void stop() {
            }

            public boolean isSpeaking() {
                return false;
            }

            public boolean awaitSilence(long timeoutMillis) {
                return true;
            }
        };
    }

    @Override
    public Listener listener() {
        return new Listener() {
            public Heard listen(List<Phrase> phrases) {
                turns.add(phrases);
                Heard next = answers.poll();
                return next != null ? next : new Heard.Miss(MissReason.SILENCE, "");
            }

            public Heard ask(List<Phrase> phrases) {
                return listen(phrases);
            }

            public boolean confirm(String readBack) {
                return false;
            }

            public Optional<List<String>> outOfVocabulary(List<Phrase> phrases) {
                return Optional.empty();
            }

            public void cancel() {
            }

            public void onEmergencyBargeIn(Runnable action) {
            }
        };
    }

    @Override
    public VoiceStatus status() {
        statusCalls.incrementAndGet();
        VoiceStatus.ModelState model = modelLoaded.isDone() ? VoiceStatus.ModelState.READY : VoiceStatus.ModelState.LOADING;
        return new VoiceStatus(model, VoiceStatus.Line.NONE, VoiceStatus.DeviceState.FILE, VoiceStatus.Line.NONE,
                VoiceStatus.DeviceState.FILE, VoiceStatus.Line.NONE);
    }

    /** Blocks on the model future, as the real voice does; no polling. */
    public boolean awaitModel(long timeoutMillis) throws InterruptedException {
        try {
            modelLoaded.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public VoiceLanguage language() {
        return language;
    }

    @Override
    public void close() {
        closed = true;
    }
}
