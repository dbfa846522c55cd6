package org.menkou.voice.setup;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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
import org.menkou.voice.audio.WavFileInput;
import org.menkou.voice.cache.PromptCache;
import org.menkou.voice.dialog.GrammarListener;
import org.menkou.voice.dialog.QueuedSpeaker;
import org.menkou.voice.ekho.EkhoSynthesizer;
import org.menkou.voice.espeak.EspeakSynthesizer;
import org.menkou.voice.marytts.MarySynthesizer;
import org.menkou.voice.tarsos.EnergyVad;
import org.menkou.voice.tarsos.LevelledSynthesizer;
import org.menkou.voice.vosk.VoskModelLoader;
import org.menkou.voice.vosk.VoskRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the kiosk's voice from {@link VoiceOptions}: the Vosk model (loading in the background), the microphone
 * or {@code --mic-file}, the speaker or {@code --speaker-file}, and the synthesizer (Mandarin: ekho when on the PATH,
 * else espeak-ng; English: MaryTTS, else espeak-ng). Missing devices do not fail: they show in the status; a part
 * that does fail closes what was opened before it.
 */
public final class VoiceSetup {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceSetup.class);
    private static final long PROMPT_CACHE_BYTES = 64L << 20;

    private VoiceSetup() {
    }

    /** Opens the voice; the caller closes it. Fails only when a given mic file cannot be read. */
    public static KioskVoice open(VoiceOptions options) throws VoiceException {
        return open(options, Parts.REAL);
    }

    /**
     * Opens the voice from {@code parts}. Whatever was opened before a failure (the model loader, a device, MaryTTS,
     * the speaker's thread) is closed again, newest first, before the failure is thrown.
     */
    static KioskVoice open(VoiceOptions options, Parts parts) throws VoiceException {
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            VoskModelLoader model = parts.model(options.modelDirectory());
            opened.push(model);
            Device<AudioInput> mic = parts.microphone(options);
            if (mic.device() != null) {
                opened.push(mic.device());
            }
            Device<AudioSink> out = parts.speaker(options);
            opened.push(out.device());
            SpeechSynthesizer engine = new LevelledSynthesizer(parts.synthesizer(options.language(), options.dataDir()));
            opened.push(engine);
            QueuedSpeaker speaker = new QueuedSpeaker(engine, new PromptCache(engine, PROMPT_CACHE_BYTES), out.device(),
                    options.language(), options.rate(), options.volume(), options.wsolaSlowdown());
            opened.push(speaker);
            VoskRecognizer recognizer = new VoskRecognizer(model);
            GrammarListener listener = new GrammarListener(options.language(), recognizer, recognizer::vocabulary,
                    mic.device(), speaker, EnergyVad.Settings.defaults(options.silenceMillis()), options.confidenceThreshold());
            opened.push(listener);
            speaker.onSpeakingChanged(listener::speakingChanged);
            return new VoiceRuntime(options.language(), model, engine, speaker, listener, mic, out);
        } catch (VoiceException | RuntimeException | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private static void closeAll(Deque<AutoCloseable> opened, Throwable failure) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Opens each part of the voice; the real devices and engines, or stand-ins in a unit test of this class. */
    interface Parts {
        Parts REAL = new Parts() {
        };

        /** Starts loading the model in the background. */
        default VoskModelLoader model(Path modelDirectory) {
            return new VoskModelLoader(modelDirectory);
        }

        /** The microphone or --mic-file; an absent device (null) when there is no microphone. */
        default Device<AudioInput> microphone(VoiceOptions options) throws VoiceException {
            return VoiceSetup.microphone(options);
        }

        /** The speaker or --speaker-file; a discarding sink when there is no speaker. */
        default Device<AudioSink> speaker(VoiceOptions options) {
            return VoiceSetup.speaker(options);
        }

        default SpeechSynthesizer synthesizer(VoiceLanguage language, Path dataDir) {
            return VoiceSetup.synthesizer(language, dataDir);
        }
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
