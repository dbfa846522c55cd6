package org.menkou.voice.grammar;

import java.util.List;
import java.util.Map;

/**
 * A validated recognition grammar: what the recogniser may return, mapped back to the phrases as the screen wrote
 * them. Built only by {@link GrammarBuilder}, which guarantees it is non-empty, free of unsafe characters and made of
 * in-vocabulary words, so an engine can take it as is.
 *
 * @param modelPhrases     the phrases as the model's words separated by spaces, ending with {@code [unk]}
 * @param phraseOf         model phrase → the original phrase text
 * @param outOfVocabulary  original phrases left out because some word is not in the vocabulary, each with the reason
 */
public record Grammar(List<String> modelPhrases, Map<String, String> phraseOf, List<String> outOfVocabulary) {
    public static final String UNKNOWN = "[unk]";

    public Grammar {
        modelPhrases = List.copyOf(modelPhrases);
        phraseOf = Map.copyOf(phraseOf);
        outOfVocabulary = List.copyOf(outOfVocabulary);
    }
}
