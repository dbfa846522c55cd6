package org.menkou.voice.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers synthesised prompts so fixed screen prompts are synthesised once and replayed: a least-recently-used
 * map bounded in bytes of audio, keyed by the whole request (text, language, rate, volume). {@link #prefetch}
 * synthesises in the background on one daemon thread. Thread-safe; {@link #close} stops the background thread.
 */
public final class PromptCache implements SpeechSynthesizer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PromptCache.class);

    private final SpeechSynthesizer engine;
    private final long maxBytes;
    private final Map<SpeechRequest, Speech> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<SpeechRequest, Boolean> pending = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "prompt-cache-prefetch");
        t.setDaemon(true);
        return t;
    });
    private long bytes;
    private long hits;
    private long misses;

    public PromptCache(SpeechSynthesizer engine, long maxBytes) {
        this.engine = engine;
        this.maxBytes = maxBytes;
    }

    @Override
    public String id() {
        return engine.id();
    }

    /** The cached speech, or the engine's (then cached). */
    @Override
    public Speech synthesize(SpeechRequest request) throws VoiceException {
        synchronized (this) {
            Speech cached = entries.get(request);
            if (cached != null) {
                hits++;
                return cached;
            }
            misses++;
        }
        Speech speech = engine.synthesize(request);
        put(request, speech);
        return speech;
    }

    /** Synthesises {@code request} in the background unless it is cached or already queued. */
    public void prefetch(SpeechRequest request) {
        synchronized (this) {
            if (entries.containsKey(request)) {
                return;
            }
        }
        if (pending.putIfAbsent(request, Boolean.TRUE) == null) {
            background.execute(() -> {
                try {
                    put(request, engine.synthesize(request));
                } catch (VoiceException e) {
                    LOG.warn("cannot pre-synthesise a prompt: {}", e.getMessage());
                } finally {
                    pending.remove(request);
                }
            });
        }
    }

    public synchronized boolean contains(SpeechRequest request) {
        return entries.containsKey(request);
    }

    /** How many requests were served from the cache, and how many went to the engine. */
    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    private synchronized void put(SpeechRequest request, Speech speech) {
        if (speech.pcm().length > maxBytes || entries.containsKey(request)) {
            return;
        }
        entries.put(request, speech);
        bytes += speech.pcm().length;
        var oldest = entries.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().pcm().length;
            oldest.remove();
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
