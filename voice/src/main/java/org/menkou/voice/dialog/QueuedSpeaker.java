package org.menkou.voice.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.menkou.voice.Speaker;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.AudioSink;
import org.menkou.voice.cache.PromptCache;
import org.menkou.voice.tarsos.TempoChanger;
import org.menkou.voice.text.ChineseTextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Speaker} on one daemon thread: the newest request wins (a new screen interrupts the old speech), text is
 * normalised, split into sentences so the first is heard early, synthesised (fixed prompts through the
 * {@link PromptCache}) and played on the sink. Volume and rate changes apply at once by restarting the current text.
 * With {@code tempoBySlowdown} the engine speaks at its normal rate and the audio is slowed with WSOLA instead.
 */
public final class QueuedSpeaker implements Speaker, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedSpeaker.class);
    static final double VOLUME_STEP = 0.15;
    static final double RATE_STEP = 0.15;
    static final double MIN_RATE = 0.5;

    private final SpeechSynthesizer engine;
    private final PromptCache cache;
    private final AudioSink sink;
    private final VoiceLanguage language;
    private final boolean tempoBySlowdown;
    private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();
    private final AtomicLong generation = new AtomicLong();
    private final Thread worker;
    private volatile Consumer<Boolean> speakingListener = s -> { };

    private Job pending;
    private Job current;
    private Job last;
    private double rate;
    private double volume;
    private long lastTimeToFirstAudioNanos = -1;
    private boolean closed;

    private record Job(String text, boolean prompt, long generation, long requestedNanos) {
    }

    public QueuedSpeaker(SpeechSynthesizer engine, PromptCache cache, AudioSink sink, VoiceLanguage language,
                         double rate, double volume, boolean tempoBySlowdown) {
        this.engine = engine;
        this.cache = cache;
        this.sink = sink;
        this.language = language;
        this.rate = rate;
        this.volume = volume;
        this.tempoBySlowdown = tempoBySlowdown;
        this.worker = new Thread(this::run, "speaker");
        worker.setDaemon(true);
        worker.start();
    }

    /** Called on the speaker thread with true when speech starts playing and false when it stops. */
    public void onSpeakingChanged(Consumer<Boolean> listener) {
        speakingListener = listener;
    }

    @Override
    public void say(String text) {
        submit(text, false);
    }

    @Override
    public void sayPrompt(String text) {
        submit(text, true);
    }

    private synchronized void submit(String text, boolean prompt) {
        pending = new Job(text, prompt, generation.incrementAndGet(), System.nanoTime());
        last = pending;
        notifyAll();
    }

    @Override
    public void prefetch(Iterable<String> prompts) {
        for (String prompt : prompts) {
            for (String sentence : sentences(prompt)) {
                cache.prefetch(request(sentence));
            }
        }
    }

    @Override
    public synchronized void repeat() {
        if (last != null) {
            submit(last.text(), last.prompt());
        }
    }

    @Override
    public synchronized void louder() {
        volume = Math.min(1.0, volume + VOLUME_STEP);
        repeat();
    }

    @Override
    public synchronized void slower() {
        rate = Math.max(MIN_RATE, rate - RATE_STEP);
        repeat();
    }

    @Override
    public synchronized void stop() {
        generation.incrementAndGet();
        pending = null;
        notifyAll();
    }

    @Override
    public synchronized boolean isSpeaking() {
        return pending != null || current != null && current.generation() == generation.get();
    }

    @Override
    public synchronized boolean awaitSilence(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (isSpeaking()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public synchronized double volume() {
        return volume;
    }

    public synchronized double rate() {
        return rate;
    }

    /** Time from the last say() to its first audio reaching the sink, in nanoseconds; -1 before any. */
    public synchronized long lastTimeToFirstAudioNanos() {
        return lastTimeToFirstAudioNanos;
    }

    private void run() {
        while (true) {
            Job job;
            synchronized (this) {
                while (pending == null && !closed) {
                    current = null;
                    notifyAll();
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                job = pending;
                pending = null;
                current = job;
            }
            speakingListener.accept(true);
            try {
                play(job);
            } catch (VoiceException | RuntimeException e) {
                LOG.warn("cannot say '{}': {}", job.text(), e.getMessage());
            } finally {
                speakingListener.accept(false);
            }
        }
    }

    private void play(Job job) throws VoiceException {
        boolean first = true;
        for (String sentence : sentences(job.text())) {
            if (job.generation() != generation.get()) {
                return;
            }
            SpeechRequest request = request(sentence);
            Speech speech = job.prompt() ? cache.synthesize(request) : engine.synthesize(request);
            if (tempoBySlowdown) {
                speech = TempoChanger.changeTempo(speech, rateNow());
            }
            Runnable onFirst = first ? () -> firstAudio(job) : () -> { };
            first = false;
            sink.play(speech, () -> job.generation() != generation.get(), onFirst);
        }
    }

    private synchronized void firstAudio(Job job) {
        lastTimeToFirstAudioNanos = System.nanoTime() - job.requestedNanos();
    }

    private synchronized double rateNow() {
        return rate;
    }

    private synchronized SpeechRequest request(String sentence) {
        String text = language.isChinese() ? normalizer.normalize(sentence) : sentence;
        return new SpeechRequest(text, language.locale(), tempoBySlowdown ? 1.0 : rate, volume);
    }

    /** Splits at sentence ends (。！？；.!?; and line breaks), keeping the punctuation. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        text.codePoints().forEach(cp -> {
            current.appendCodePoint(cp);
            if ("。！？；!?;\n".indexOf(cp) >= 0 || cp == '.' && current.length() > 20) {
                add(out, current);
            }
        });
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder sentence) {
        String s = sentence.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        sentence.setLength(0);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            generation.incrementAndGet();
            notifyAll();
        }
        worker.interrupt();
        cache.close();
        sink.close();
    }
}
