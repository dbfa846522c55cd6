package org.menkou.voice.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.Listener;
import org.menkou.voice.MissReason;
import org.menkou.voice.Phrase;
import org.menkou.voice.Speaker;
import org.menkou.voice.SpeechRecognizer;
import org.menkou.voice.Transcript;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.audio.AudioInput;
import org.menkou.voice.grammar.Grammar;
import org.menkou.voice.grammar.GrammarBuilder;
import org.menkou.voice.grammar.Vocabulary;
import org.menkou.voice.pinyin.PhraseMatcher;
import org.menkou.voice.pinyin.PinyinKeys;
import org.menkou.voice.tarsos.EnergyVad;
import org.menkou.voice.tarsos.UtteranceCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Listener} in grammar mode: each turn restricts the recogniser to the screen's phrases, the global commands
 * and [unk]; the result is accepted only when it is a whole expected phrase (exactly, or by toneless pinyin within
 * the margin) with every word's confidence at or above the threshold. While the speaker speaks, a barge-in monitor
 * listens for 救命/紧急呼叫 only. One turn at a time uses the audio input (a lock); thread-safe.
 */
public final class GrammarListener implements Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GrammarListener.class);

    private final VoiceLanguage language;
    private final SpeechRecognizer recognizer;
    private final Supplier<Optional<Vocabulary>> vocabulary;
    private final AudioInput input;
    private final Speaker speaker;
    private final EnergyVad.Settings vad;
    private final double confidenceThreshold;
    private final PinyinKeys pinyin = new PinyinKeys();
    private final Map<List<String>, Grammar> grammars = new ConcurrentHashMap<>();
    private final ReentrantLock inputLock = new ReentrantLock();
    private final BargeInMonitor bargeIn;
    private volatile UtteranceCapture currentCapture;
    private volatile long lastLatencyNanos = -1;

    /**
     * @param vocabulary the model's vocabulary once it is loaded, empty before (then turns miss with MODEL_NOT_READY)
     * @param input      the microphone or its stand-in file, or null when there is none (turns miss with NO_MICROPHONE)
     */
    public GrammarListener(VoiceLanguage language, SpeechRecognizer recognizer, Supplier<Optional<Vocabulary>> vocabulary,
                           AudioInput input, Speaker speaker, EnergyVad.Settings vad, double confidenceThreshold) {
        this.language = language;
        this.recognizer = recognizer;
        this.vocabulary = vocabulary;
        this.input = input;
        this.speaker = speaker;
        this.vad = vad;
        this.confidenceThreshold = confidenceThreshold;
        this.bargeIn = new BargeInMonitor(this);
    }

    @Override
    public Heard listen(List<Phrase> screenPhrases) throws InterruptedException {
        return turn(new PhraseTable(language, screenPhrases, true), vad, false);
    }

    @Override
    public Heard ask(List<Phrase> screenPhrases) throws InterruptedException {
        Heard heard = listen(screenPhrases);
        if (!isRetryableMiss(heard)) {
            return heard;
        }
        speaker.sayPrompt(Prompts.sayAgain(language));
        speaker.awaitSilence(30_000);
        heard = listen(screenPhrases);
        if (isRetryableMiss(heard)) {
            speaker.say(Prompts.keyHint(language, screenPhrases));
        }
        return heard;
    }

    @Override
    public boolean confirm(String readBack) throws InterruptedException {
        speaker.say(readBack + " " + Prompts.confirmQuestion(language));
        speaker.awaitSilence(60_000);
        Heard heard = ask(List.of());
        return heard instanceof Heard.Command c && c.command() == GlobalCommand.CONFIRM;
    }

    /** Whether asking again could help: not when listening is impossible (no model, no or a failed device). */
    private static boolean isRetryableMiss(Heard heard) {
        return heard instanceof Heard.Miss miss && !cannotListen(miss.reason()) && miss.reason() != MissReason.CANCELLED;
    }

    /** Whether a miss says the listener cannot listen now, whatever the resident says. */
    static boolean cannotListen(MissReason reason) {
        return switch (reason) {
            case NO_MICROPHONE, MODEL_NOT_READY, AUDIO_DEVICE_FAILED, ENGINE_ERROR -> true;
            default -> false;
        };
    }

    @Override
    public Optional<List<String>> outOfVocabulary(List<Phrase> screenPhrases) {
        return vocabulary.get().map(v -> {
            try {
                return grammarFor(new PhraseTable(language, screenPhrases, true), v).outOfVocabulary();
            } catch (VoiceException e) {
                return List.of(e.getMessage());
            }
        });
    }

    @Override
    public void cancel() {
        UtteranceCapture capture = currentCapture;
        if (capture != null) {
            capture.cancel();
        }
    }

    @Override
    public void onEmergencyBargeIn(Runnable action) {
        bargeIn.setAction(action);
    }

    /** Starts or stops the barge-in monitor; wire it to the speaker's speaking-changed events. */
    public void speakingChanged(boolean speaking) {
        if (input != null) {
            bargeIn.speakingChanged(speaking);
        }
    }

    /** Wall time from the end of speech (last loud frame) to the result of the last turn, in ns; -1 before any. */
    public long lastLatencyNanos() {
        return lastLatencyNanos;
    }

    /** One listen turn against {@code table}. With {@code bargeInTurn}, the barge-in monitor runs it. */
    Heard turn(PhraseTable table, EnergyVad.Settings settings, boolean bargeInTurn) throws InterruptedException {
        if (input == null) {
            return new Heard.Miss(MissReason.NO_MICROPHONE, "");
        }
        Optional<Vocabulary> vocab = vocabulary.get();
        if (vocab.isEmpty()) {
            return new Heard.Miss(MissReason.MODEL_NOT_READY, "");
        }
        if (!bargeInTurn) {
            bargeIn.pause();
        }
        inputLock.lockInterruptibly();
        try {
            Grammar grammar = grammarFor(table, vocab.get());
            return recognise(table, grammar, settings);
        } catch (VoiceException | RuntimeException e) {
            if (vocabulary.get().isEmpty()) {
                // The model went away during the turn (closed for a language switch).
                return new Heard.Miss(MissReason.MODEL_NOT_READY, "");
            }
            LOG.warn("the recogniser failed: {}", e.getMessage(), e);
            return new Heard.Miss(MissReason.ENGINE_ERROR, "");
        } finally {
            inputLock.unlock();
        }
    }

    private Heard recognise(PhraseTable table, Grammar grammar, EnergyVad.Settings settings) throws VoiceException {
        UtteranceCapture capture = new UtteranceCapture(settings);
        currentCapture = capture;
        try (SpeechRecognizer.Session session = recognizer.start(grammar.modelPhrases())) {
            VoiceException[] failure = new VoiceException[1];
            UtteranceCapture.Result result = capture.capture(input, (frame, loud) -> {
                try {
                    session.accept(frame, frame.length);
                } catch (VoiceException e) {
                    failure[0] = e;
                    capture.cancel();
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            if (result.inputFailed()) {
                LOG.warn("the audio input failed while listening");
                return new Heard.Miss(MissReason.AUDIO_DEVICE_FAILED, "");
            }
            if (result.cancelled()) {
                return new Heard.Miss(MissReason.CANCELLED, "");
            }
            if (!result.heardSpeech()) {
                return new Heard.Miss(MissReason.SILENCE, "");
            }
            Transcript transcript = session.finish();
            lastLatencyNanos = System.nanoTime() - result.lastLoudFrameNanos();
            Heard heard = interpret(table, grammar, transcript);
            LOG.info("heard '{}' (min confidence {}): {}", transcript.text(), transcript.minConfidence(), heard);
            return heard;
        } finally {
            currentCapture = null;
        }
    }

    Heard interpret(PhraseTable table, Grammar grammar, Transcript transcript) {
        String text = transcript.text();
        if (transcript.isUnknown()) {
            return new Heard.Miss(MissReason.NOT_EXPECTED, text);
        }
        String phrase = grammar.phraseOf().get(text);
        if (phrase == null) {
            PhraseMatcher.Match match = new PhraseMatcher(language, pinyin, table.texts()).match(text);
            if (match.outcome() == PhraseMatcher.Outcome.AMBIGUOUS) {
                return new Heard.Miss(MissReason.AMBIGUOUS, text);
            }
            if (match.outcome() == PhraseMatcher.Outcome.NO_MATCH) {
                return new Heard.Miss(MissReason.NOT_EXPECTED, text);
            }
            phrase = match.phrase();
        }
        double confidence = transcript.minConfidence();
        if (confidence < confidenceThreshold) {
            return new Heard.Miss(MissReason.LOW_CONFIDENCE, text);
        }
        return table.hit(phrase, text, confidence);
    }

    private Grammar grammarFor(PhraseTable table, Vocabulary vocab) throws VoiceException {
        List<String> texts = table.texts();
        Grammar grammar = grammars.get(texts);
        if (grammar == null) {
            grammar = new GrammarBuilder(language, vocab).build(texts);
            if (!grammar.outOfVocabulary().isEmpty()) {
                LOG.warn("phrases the model cannot recognise (out of vocabulary): {}", grammar.outOfVocabulary());
            }
            grammars.put(texts, grammar);
        }
        return grammar;
    }

    VoiceLanguage language() {
        return language;
    }

    Speaker speaker() {
        return speaker;
    }

    /** Whether {@code heard} is the emergency command. */
    static boolean isEmergency(Heard heard) {
        return heard instanceof Heard.Command c && c.command() == GlobalCommand.EMERGENCY;
    }

    @Override
    public void close() {
        bargeIn.close();
        cancel();
    }
}
