package org.menkou.voice.tarsos;

import be.tarsos.dsp.resample.Resampler;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.Pcm16;

/** Converts speech to another sample rate with TarsosDSP's band-limited resampler. Stateless. */
public final class Resampling {
    private Resampling() {
    }

    /** {@code speech} (mono 16-bit) at {@code targetRateHz}; the same object when the rate already matches. */
    public static Speech toRate(Speech speech, int targetRateHz) throws VoiceException {
        PcmFormat from = speech.format();
        if (from.sampleRateHz() == targetRateHz) {
            return speech;
        }
        if (from.channels() != 1 || from.bitsPerSample() != 16) {
            throw new VoiceException("resampling needs mono 16-bit audio, not " + from);
        }
        double factor = (double) targetRateHz / from.sampleRateHz();
        float[] in = Pcm16.toFloats(speech.pcm(), 0, speech.pcm().length);
        float[] out = new float[(int) Math.ceil(in.length * factor) + 16];
        Resampler resampler = new Resampler(true, Math.min(factor, 1.0), Math.max(factor, 1.0));
        Resampler.Result r = resampler.process(factor, in, 0, in.length, true, out, 0, out.length);
        return new Speech(Pcm16.toBytes(out, r.outputSamplesGenerated), new PcmFormat(targetRateHz, 16, 1));
    }
}
