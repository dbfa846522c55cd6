package org.menkou.voice.tarsos;

import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.Limiter;
import org.menkou.voice.audio.Pcm16;

/**
 * Wraps an engine so every utterance comes out the same way: 16 kHz mono 16-bit (resampled by {@link Resampling}),
 * levelled at the request's volume by the {@link Limiter}. Thread-safe when the engine is. Owns the engine: closing
 * this closes it.
 */
public final class LevelledSynthesizer implements SpeechSynthesizer {
    private final SpeechSynthesizer engine;

    public LevelledSynthesizer(SpeechSynthesizer engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return engine.id();
    }

    @Override
    public Speech synthesize(SpeechRequest request) throws VoiceException {
        Speech raw = Resampling.toRate(engine.synthesize(request), PcmFormat.SPEECH_16K.sampleRateHz());
        float[] samples = Pcm16.toFloats(raw.pcm(), 0, raw.pcm().length);
        Limiter.level(samples, request.volume(), PcmFormat.SPEECH_16K.sampleRateHz());
        return new Speech(Pcm16.toBytes(samples, samples.length), PcmFormat.SPEECH_16K);
    }

    /** Closes the wrapped engine. */
    @Override
    public void close() {
        engine.close();
    }
}
