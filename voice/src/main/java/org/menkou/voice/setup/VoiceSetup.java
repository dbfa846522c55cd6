package org.menkou.voice.setup;

import java.nio.file.Path;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.VoiceStatus.DeviceState;
import org.menkou.voice.VoiceStatus.Line;
import org.menkou.voice.audio.AudioInput;
import org.menkou.voice.audio.AudioSink;
import org.menkou.voice.audio.DiscardingSink;
import org.menkou.voice.audio.FileSpeaker;
import org.menkou.voice.audio.JavaSoundMicrophone;
import org.menkou.voice.audio.JavaSoundSpeaker;
import org.menkou.voice.audio.LevelledSynthesizer;
import org.menkou.voice.audio.WavFileInput;
import org.menkou.voice.cache.PromptCache;
import org.menkou.voice.dialog.GrammarListener;
import org.menkou.voice.dialog.QueuedSpeaker;
import org.menkou.voice.ekho.EkhoSynthesizer;
import org.menkou.voice.espeak.EspeakSynthesizer;
import org.menkou.voice.marytts.MarySynthesizer;
import org.menkou.voice.tarsos.EnergyVad;
import org.menkou.voice.vosk.VoskModelLoader;
import org.menkou.voice.vosk.VoskRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the kiosk's voice from {@link VoiceOptions}: the Vosk model (loading in the background), the microphone
 * or {@code --mic-file}, the speaker or {@code --speaker-file}, and the synthesizer (Mandarin: ekho when on the PATH,
 * else espeak-ng; English: MaryTTS, else espeak-ng). Missing devices do not fail: they show in the status.
 */
public final class VoiceSetup {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceSetup.class);
    private static final long PROMPT_CACHE_BYTES = 64L << 20;

    private VoiceSetup() {
    }

    /** Opens the voice; the caller closes it. Fails only when a given mic file cannot be read. */
    public static KioskVoice open(VoiceOptions options) throws VoiceException {
        VoskModelLoader model = new VoskModelLoader(options.modelDirectory());
        Device<AudioInput> mic = microphone(options);
        Device<AudioSink> out = speaker(options);
        SpeechSynthesizer engine = new LevelledSynthesizer(synthesizer(options.language(), options.dataDir()));
        QueuedSpeaker speaker = new QueuedSpeaker(engine, new PromptCache(engine, PROMPT_CACHE_BYTES), out.device(),
                options.language(), options.rate(), options.volume(), options.wsolaSlowdown());
        VoskRecognizer recognizer = new VoskRecognizer(model);
        GrammarListener listener = new GrammarListener(options.language(), recognizer, recognizer::vocabulary,
                mic.device(), speaker, EnergyVad.Settings.defaults(options.silenceMillis()), options.confidenceThreshold());
        speaker.onSpeakingChanged(listener::speakingChanged);
        return new VoiceRuntime(options.language(), model, speaker, listener, mic, out);
    }

    /** A device, its state and the one-line message for the status. */
    record Device<T>(T device, DeviceState state, Line message) {
    }

    private static Device<AudioInput> microphone(VoiceOptions options) throws VoiceException {
        if (options.micFile() != null) {
            return new Device<>(WavFileInput.open(options.micFile(), true), DeviceState.FILE, Line.NONE);
        }
        try {
            return new Device<>(JavaSoundMicrophone.open(), DeviceState.DEVICE, Line.NONE);
        } catch (VoiceException e) {
            LOG.warn("{}", e.getMessage());
            return new Device<>(null, DeviceState.ABSENT,
                    new Line("未找到麦克风，请用按键操作。", "No microphone found; please use the keys."));
        }
    }

    private static Device<AudioSink> speaker(VoiceOptions options) {
        if (options.speakerFile() != null) {
            return new Device<>(new FileSpeaker(options.speakerFile(), true), DeviceState.FILE, Line.NONE);
        }
        try {
            return new Device<>(JavaSoundSpeaker.open(), DeviceState.DEVICE, Line.NONE);
        } catch (VoiceException e) {
            LOG.warn("{}", e.getMessage());
            return new Device<>(new DiscardingSink(), DeviceState.ABSENT,
                    new Line("未找到扬声器，不能朗读；请看屏幕文字。", "No speaker found; nothing is read aloud, please read the screen."));
        }
    }

    /** The best synthesizer available for {@code language}. */
    public static SpeechSynthesizer synthesizer(VoiceLanguage language, Path dataDir) {
        if (language.isChinese()) {
            return EkhoSynthesizer.onPath(System.getenv("PATH")).orElseGet(EspeakSynthesizer::new);
        }
        try {
            return MarySynthesizer.start(dataDir.resolve("logs").resolve("marytts"));
        } catch (VoiceException e) {
            LOG.warn("MaryTTS is not available, using espeak-ng for English: {}", e.getMessage());
            return new EspeakSynthesizer();
        }
    }
}
