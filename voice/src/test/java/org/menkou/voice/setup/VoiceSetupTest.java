package org.menkou.voice.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.VoiceStatus.DeviceState;
import org.menkou.voice.VoiceStatus.Line;
import org.menkou.voice.audio.AudioInput;
import org.menkou.voice.audio.AudioSink;
import org.menkou.voice.silent.SilentSynthesizer;
import org.menkou.voice.vosk.VoskModelLoader;

/** What {@link VoiceSetup} opens it closes again when a later part fails, and when the voice is closed. */
class VoiceSetupTest {
    @TempDir
    Path data;

    /** Parts that record what they opened; each can be told to fail. */
    final class RecordingParts implements VoiceSetup.Parts {
        VoskModelLoader model;
        final ClosingInput mic = new ClosingInput();
        final ClosingSink sink = new ClosingSink();
        final ClosingSynthesizer synthesizer = new ClosingSynthesizer();
        boolean micFails;
        boolean synthesizerFails;

        @Override
        public VoskModelLoader model(Path modelDirectory) {
            model = new VoskModelLoader(modelDirectory);
            return model;
        }

        @Override
        public VoiceSetup.Device<AudioInput> microphone(VoiceOptions options) throws VoiceException {
            if (micFails) {
                throw new VoiceException("cannot read the microphone file");
            }
            return new VoiceSetup.Device<>(mic, DeviceState.FILE, Line.NONE);
        }

        @Override
        public VoiceSetup.Device<AudioSink> speaker(VoiceOptions options) {
            return new VoiceSetup.Device<>(sink, DeviceState.FILE, Line.NONE);
        }

        @Override
        public SpeechSynthesizer synthesizer(VoiceLanguage language, Path dataDir) {
            if (synthesizerFails) {
                throw new IllegalStateException("the synthesizer would not start");
            }
            return synthesizer;
        }
    }

    @Test
    void whenTheMicrophoneFailsTheModelLoaderIsClosed() {
        RecordingParts parts = new RecordingParts();
        parts.micFails = true;

        assertThatThrownBy(() -> VoiceSetup.open(VoiceOptions.defaults(data), parts))
                .isInstanceOf(VoiceException.class).hasMessageContaining("microphone");
        assertThat(parts.model.isClosed()).isTrue();
        assertThat(parts.synthesizer.closed).isFalse();
    }

    @Test
    void whenTheSynthesizerFailsTheModelMicrophoneAndSpeakerAreClosed() {
        RecordingParts parts = new RecordingParts();
        parts.synthesizerFails = true;

        assertThatThrownBy(() -> VoiceSetup.open(VoiceOptions.defaults(data), parts))
                .isInstanceOf(IllegalStateException.class);
        assertThat(parts.model.isClosed()).isTrue();
        assertThat(parts.mic.closed).isTrue();
        assertThat(parts.sink.closed).isTrue();
    }

    @Test
    void closingTheVoiceClosesTheSynthesizerDevicesAndModel() throws Exception {
        RecordingParts parts = new RecordingParts();
        KioskVoice voice = VoiceSetup.open(VoiceOptions.defaults(data), parts);
        assertThat(parts.synthesizer.closed).isFalse();

        voice.close();

        assertThat(parts.synthesizer.closed).isTrue();
        assertThat(parts.model.isClosed()).isTrue();
        assertThat(parts.mic.closed).isTrue();
        assertThat(parts.sink.closed).isTrue();
    }

    static final class ClosingInput implements AudioInput {
        volatile boolean closed;

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return -1;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static final class ClosingSink implements AudioSink {
        volatile boolean closed;

        @Override
        public void play(Speech speech, BooleanSupplier stop, Runnable onFirstAudio) {
            onFirstAudio.run();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static final class ClosingSynthesizer implements SpeechSynthesizer {
        private final SilentSynthesizer silence = new SilentSynthesizer();
        volatile boolean closed;

        @Override
        public String id() {
            return "closing";
        }

        @Override
        public Speech synthesize(SpeechRequest request) {
            return silence.synthesize(request);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
