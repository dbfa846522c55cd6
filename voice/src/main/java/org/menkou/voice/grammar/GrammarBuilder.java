package org.menkou.voice.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;

/**
 * Turns screen phrases into a {@link Grammar} a recogniser can take safely. Chinese phrases are segmented into
 * vocabulary words; English phrases are lower-cased words. Phrases with out-of-vocabulary words are left out and
 * reported (Vosk would drop the words silently); a grammar with nothing left fails, because an empty or malformed
 * grammar crashes the Vosk native library.
 */
public final class GrammarBuilder {
    private static final int MAX_PHRASE_CODE_POINTS = 40;

    private final VoiceLanguage language;
    private final Vocabulary vocabulary;
    private final ChineseSegmenter segmenter;

    public GrammarBuilder(VoiceLanguage language, Vocabulary vocabulary) {
        this.language = language;
        this.vocabulary = vocabulary;
        this.segmenter = new ChineseSegmenter(vocabulary);
    }

    /** Builds the grammar; fails when {@code phrases} is empty or none of them can be recognised. */
    public Grammar build(List<String> phrases) throws VoiceException {
        Set<String> distinct = new LinkedHashSet<>(phrases);
        Map<String, String> phraseOf = new LinkedHashMap<>();
        List<String> oov = new ArrayList<>();
        for (String phrase : distinct) {
            validate(phrase);
            Optional<String> words = modelWords(phrase);
            if (words.isPresent()) {
                phraseOf.putIfAbsent(words.get(), phrase);
            } else {
                oov.add(phrase + " (not in the model's vocabulary: " + unknownPart(phrase) + ")");
            }
        }
        if (phraseOf.isEmpty()) {
            throw new VoiceException("no phrase of the grammar can be recognised: " + (oov.isEmpty() ? "none given" : String.join("; ", oov)));
        }
        List<String> modelPhrases = new ArrayList<>(phraseOf.keySet());
        modelPhrases.add(Grammar.UNKNOWN);
        return new Grammar(modelPhrases, phraseOf, oov);
    }

    /** The phrase as space-separated vocabulary words, or empty when a part of it is out of vocabulary. */
    public Optional<String> modelWords(String phrase) {
        if (language.isChinese()) {
            return segmenter.segment(phrase).map(words -> String.join(" ", words));
        }
        List<String> words = englishWords(phrase);
        return words.stream().allMatch(vocabulary::contains) && !words.isEmpty()
                ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private String unknownPart(String phrase) {
        if (language.isChinese()) {
            String chars = segmenter.uncovered(phrase);
            return chars.isEmpty() ? "no segmentation into known words" : chars;
        }
        return String.join(" ", englishWords(phrase).stream().filter(w -> !vocabulary.contains(w)).toList());
    }

    static List<String> englishWords(String phrase) {
        String cleaned = phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim();
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" +"));
    }

    private static void validate(String phrase) throws VoiceException {
        if (phrase == null || phrase.isBlank()) {
            throw new VoiceException("grammar phrase is empty");
        }
        if (phrase.codePointCount(0, phrase.length()) > MAX_PHRASE_CODE_POINTS) {
            throw new VoiceException("grammar phrase longer than " + MAX_PHRASE_CODE_POINTS + " characters: " + phrase);
        }
        if (phrase.chars().anyMatch(c -> Character.isISOControl(c) || c == '"' || c == '\\' || c == '[' || c == ']')) {
            throw new VoiceException("grammar phrase has a control character, quote, backslash or bracket: "
                    + phrase.replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
