package org.menkou.voice.vosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.menkou.voice.SpeechRecognizer;
import org.menkou.voice.Transcript;
import org.menkou.voice.VoiceException;
import org.menkou.voice.grammar.Grammar;
import org.menkou.voice.grammar.GrammarBuilder;
import org.menkou.voice.grammar.Vocabulary;
import org.vosk.Recognizer;

/**
 * Vosk behind {@link SpeechRecognizer}: one native Recognizer per utterance, on the shared model. Grammars are
 * checked again here (non-empty, ends with [unk], JSON written by Jackson) because Vosk crashes the JVM on a malformed
 * or empty grammar.
 */
public final class VoskRecognizer implements SpeechRecognizer {
    private static final float SAMPLE_RATE = 16_000f;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VoskModelLoader loader;

    public VoskRecognizer(VoskModelLoader loader) {
        this.loader = loader;
    }

    /** The loaded model's vocabulary, or empty while it is not ready. */
    public java.util.Optional<Vocabulary> vocabulary() {
        return loader.ifReady().map(LoadedModel::vocabulary);
    }

    @Override
    public Session start(List<String> grammar) throws VoiceException {
        LoadedModel loaded = loader.ifReady().orElseThrow(() -> new VoiceException(loader.message().english()));
        try {
            Recognizer recognizer = grammar.isEmpty()
                    ? new Recognizer(loaded.model(), SAMPLE_RATE)
                    : new Recognizer(loaded.model(), SAMPLE_RATE, grammarJson(grammar));
            recognizer.setWords(true);
            return new VoskSession(recognizer);
        } catch (IOException | RuntimeException e) {
            throw new VoiceException("cannot start speech recognition: " + e.getMessage(), e);
        }
    }

    static String grammarJson(List<String> grammar) throws VoiceException {
        if (grammar.size() < 2 || !Grammar.UNKNOWN.equals(grammar.get(grammar.size() - 1))
                || grammar.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new VoiceException("refusing an invalid grammar (build it with " + GrammarBuilder.class.getSimpleName()
                    + "): " + grammar);
        }
        try {
            return JSON.writeValueAsString(grammar);
        } catch (IOException e) {
            throw new VoiceException("cannot write the grammar as JSON", e);
        }
    }

    static Transcript parse(String json) throws VoiceException {
        try {
            JsonNode root = JSON.readTree(json);
            List<Transcript.Word> words = new ArrayList<>();
            for (JsonNode w : root.path("result")) {
                words.add(new Transcript.Word(w.path("word").asText(), w.path("conf").asDouble(0),
                        w.path("start").asDouble(0), w.path("end").asDouble(0)));
            }
            return new Transcript(root.path("text").asText("").trim(), words);
        } catch (IOException e) {
            throw new VoiceException("unreadable recogniser result: " + json, e);
        }
    }

    private static final class VoskSession implements Session {
        private final Recognizer recognizer;
        private final List<Transcript> segments = new ArrayList<>();

        VoskSession(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        /** Vosk may end a segment on its own after a pause; such segments are kept and joined by finish. */
        @Override
        public void accept(byte[] pcm, int length) throws VoiceException {
            if (recognizer.acceptWaveForm(pcm, length)) {
                segments.add(parse(recognizer.getResult()));
            }
        }

        @Override
        public Transcript finish() throws VoiceException {
            segments.add(parse(recognizer.getFinalResult()));
            List<Transcript> spoken = segments.stream().filter(t -> !t.text().isEmpty()).toList();
            return new Transcript(String.join(" ", spoken.stream().map(Transcript::text).toList()),
                    spoken.stream().flatMap(t -> t.words().stream()).toList());
        }

        @Override
        public void close() {
            recognizer.close();
        }
    }
}
