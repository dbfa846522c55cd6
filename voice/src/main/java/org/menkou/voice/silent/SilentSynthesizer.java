package org.menkou.voice.silent;

import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;

/**
 * Produces silence as long as the text would take to say (about 250 ms per character at rate 1.0), for kiosks
 * without a speaker and for tests that care about timing but not sound.
 */
public final class SilentSynthesizer implements SpeechSynthesizer {
    static final int MILLIS_PER_CHARACTER = 250;

    @Override
    public String id() {
        return "silent";
    }

    @Override
    public Speech synthesize(SpeechRequest request) {
        PcmFormat format = PcmFormat.SPEECH_16K;
        int characters = (int) request.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long millis = Math.round(characters * MILLIS_PER_CHARACTER / request.rate());
        int bytes = (int) (millis * format.sampleRateHz() / 1000) * format.frameBytes();
        return new Speech(new byte[bytes], format);
    }
}
