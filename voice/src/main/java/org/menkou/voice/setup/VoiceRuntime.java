package org.menkou.voice.setup;

import org.menkou.voice.KioskVoice;
import org.menkou.voice.Listener;
import org.menkou.voice.Speaker;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceStatus;
import org.menkou.voice.audio.AudioInput;
import org.menkou.voice.audio.AudioSink;
import org.menkou.voice.dialog.GrammarListener;
import org.menkou.voice.dialog.QueuedSpeaker;
import org.menkou.voice.vosk.VoskModelLoader;

/** The assembled {@link KioskVoice}; closing it stops the threads and the synthesizer, closes the devices and frees the model. */
final class VoiceRuntime implements KioskVoice {
    private final VoiceLanguage language;
    private final VoskModelLoader model;
    private final SpeechSynthesizer engine;
    private final QueuedSpeaker speaker;
    private final GrammarListener listener;
    private final VoiceSetup.Device<AudioInput> mic;
    private final VoiceSetup.Device<AudioSink> out;

    VoiceRuntime(VoiceLanguage language, VoskModelLoader model, SpeechSynthesizer engine, QueuedSpeaker speaker, GrammarListener listener,
                 VoiceSetup.Device<AudioInput> mic, VoiceSetup.Device<AudioSink> out) {
        this.language = language;
        this.model = model;
        this.engine = engine;
        this.speaker = speaker;
        this.listener = listener;
        this.mic = mic;
        this.out = out;
    }

    @Override
    public Speaker speaker() {
        return speaker;
    }

    @Override
    public Listener listener() {
        return listener;
    }

    @Override
    public VoiceStatus status() {
        return new VoiceStatus(model.state(), model.message(), mic.state(), mic.message(), out.state(), out.message());
    }

    @Override
    public boolean awaitModel(long timeoutMillis) throws InterruptedException {
        model.awaitLoaded(timeoutMillis);
        return status().canListen();
    }

    @Override
    public VoiceLanguage language() {
        return language;
    }

    @Override
    public void close() {
        listener.close();
        speaker.close();
        engine.close();
        if (mic.device() != null) {
            mic.device().close();
        }
        model.close();
    }
}
