package org.menkou.voice.tarsos;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import be.tarsos.dsp.io.TarsosDSPAudioInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.audio.AudioInput;

/**
 * Captures one utterance from an {@link AudioInput} through a TarsosDSP AudioDispatcher (20 ms frames, 16 kHz mono
 * 16-bit) and the {@link EnergyVad}. Runs on the calling thread and returns when speech ended, the cap was reached,
 * nobody spoke, the input ended or {@link #cancel} was called (from any thread).
 */
public final class UtteranceCapture {
    /**
     * How a capture ended, and the wall time (System.nanoTime) at which the last loud frame was read.
     *
     * @param inputFailed the input threw while being read (a microphone unplugged); the capture ended there
     */
    public record Result(EnergyVad.Decision end, boolean inputEnded, boolean inputFailed, boolean cancelled,
                         long lastLoudFrameNanos, int utteranceMillis) {
        public boolean heardSpeech() {
            return end == EnergyVad.Decision.END_OF_SPEECH || end == EnergyVad.Decision.CAP_REACHED
                    || end == EnergyVad.Decision.SPEECH;
        }
    }

    private final EnergyVad.Settings settings;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile AudioDispatcher dispatcher;

    public UtteranceCapture(EnergyVad.Settings settings) {
        this.settings = settings;
    }

    /** Reads {@code input} until the utterance is over, passing its frames (pre-roll first) to {@code sink}. */
    public Result capture(AudioInput input, EnergyVad.FrameSink sink) {
        int frameSamples = PcmFormat.SPEECH_16K.sampleRateHz() * settings.frameMillis() / 1000;
        EnergyVad vad = new EnergyVad(settings);
        NonClosingStream stream = new NonClosingStream(input);
        AudioDispatcher d = new AudioDispatcher(stream, frameSamples, 0);
        d.setZeroPadLastBuffer(false);
        Outcome outcome = new Outcome();
        d.addAudioProcessor(new AudioProcessor() {
            @Override
            public boolean process(AudioEvent event) {
                byte[] frame = event.getByteBuffer().clone();
                EnergyVad.Decision decision = vad.offer(frame, event.getdBSPL(), (f, loud) -> {
                    if (loud) {
                        outcome.lastLoud = System.nanoTime();
                    }
                    outcome.bytes += f.length;
                    sink.accept(f, loud);
                });
                outcome.decision = decision;
                if (decision != EnergyVad.Decision.WAITING && decision != EnergyVad.Decision.SPEECH || cancelled.get()) {
                    d.stop();
                }
                return true;
            }

            @Override
            public void processingFinished() {
            }
        });
        dispatcher = d;
        if (!cancelled.get()) {
            d.run();
        }
        return new Result(outcome.decision, stream.ended, stream.failure != null, cancelled.get(), outcome.lastLoud,
                (int) PcmFormat.SPEECH_16K.millisOf(outcome.bytes));
    }

    /** Stops a capture in progress (safe from any thread); the capture returns with {@code cancelled}. */
    public void cancel() {
        cancelled.set(true);
        AudioDispatcher d = dispatcher;
        if (d != null) {
            d.stop();
        }
    }

    private static final class Outcome {
        EnergyVad.Decision decision = EnergyVad.Decision.NO_SPEECH;
        long lastLoud;
        long bytes;
    }

    /** Adapts AudioInput to TarsosDSP; the dispatcher's close does not close the shared input. */
    private static final class NonClosingStream implements TarsosDSPAudioInputStream {
        private static final TarsosDSPAudioFormat FORMAT = new TarsosDSPAudioFormat(16_000f, 16, 1, true, false);
        private final AudioInput input;
        volatile boolean ended;
        volatile Exception failure;

        NonClosingStream(AudioInput input) {
            this.input = input;
        }

        @Override
        public long skip(long n) {
            return 0;
        }

        /** A failing input ends the stream and is recorded, rather than becoming the dispatcher's Error. */
        @Override
        public int read(byte[] b, int off, int len) {
            try {
                int n = input.read(b, off, len);
                if (n < 0) {
                    ended = true;
                }
                return n;
            } catch (IOException | RuntimeException e) {
                failure = e;
                ended = true;
                return -1;
            }
        }

        @Override
        public void close() {
        }

        @Override
        public TarsosDSPAudioFormat getFormat() {
            return FORMAT;
        }

        @Override
        public long getFrameLength() {
            return -1;
        }
    }
}
