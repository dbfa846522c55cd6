package org.menkou.voice.tarsos;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.WaveformSimilarityBasedOverlapAdd;
import be.tarsos.dsp.WaveformSimilarityBasedOverlapAdd.Parameters;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.Pcm16;

/** Slows speech down (or speeds it up) without changing its pitch, with TarsosDSP's WSOLA. Stateless. */
public final class TempoChanger {
    private TempoChanger() {
    }

    /** Returns {@code speech} played at {@code tempo} (0.5 = half speed, twice as long). Mono 16-bit only. */
    public static Speech changeTempo(Speech speech, double tempo) throws VoiceException {
        if (Math.abs(tempo - 1.0) < 0.01 || speech.pcm().length == 0) {
            return speech;
        }
        if (speech.format().channels() != 1 || speech.format().bitsPerSample() != 16) {
            throw new VoiceException("tempo change needs mono 16-bit audio, not " + speech.format());
        }
        int rate = speech.format().sampleRateHz();
        WaveformSimilarityBasedOverlapAdd wsola = new WaveformSimilarityBasedOverlapAdd(Parameters.speechDefaults(tempo, rate));
        float[] samples = Pcm16.toFloats(speech.pcm(), 0, speech.pcm().length);
        try {
            AudioDispatcher dispatcher = AudioDispatcherFactory.fromFloatArray(samples, rate, wsola.getInputBufferSize(), wsola.getOverlap());
            wsola.setDispatcher(dispatcher);
            ByteArrayOutputStream out = new ByteArrayOutputStream(speech.pcm().length * 2);
            dispatcher.addAudioProcessor(wsola);
            dispatcher.addAudioProcessor(new AudioProcessor() {
                @Override
                public boolean process(AudioEvent event) {
                    float[] buffer = event.getFloatBuffer();
                    out.writeBytes(Pcm16.toBytes(buffer, buffer.length));
                    return true;
                }

                @Override
                public void processingFinished() {
                }
            });
            dispatcher.run();
            return new Speech(out.toByteArray(), speech.format());
        } catch (UnsupportedAudioFileException e) {
            throw new VoiceException("cannot change the tempo: " + e.getMessage(), e);
        }
    }
}
