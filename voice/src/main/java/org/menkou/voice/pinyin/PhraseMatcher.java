package org.menkou.voice.pinyin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.menkou.voice.VoiceLanguage;

/**
 * Finds which expected phrase a recognised text means, tolerating recognition slips: Chinese is compared as toneless
 * pinyin (homophones such as 订餐/定餐 match exactly), English as lower-case letters. A phrase is chosen only when its
 * similarity reaches {@code minSimilarity} AND beats the runner-up by {@code margin}, so two close phrases are never
 * confused. Immutable and thread-safe.
 */
public final class PhraseMatcher {
    public static final double DEFAULT_MIN_SIMILARITY = 0.75;
    public static final double DEFAULT_MARGIN = 0.15;

    private final VoiceLanguage language;
    private final PinyinKeys pinyin;
    private final List<String> phrases;
    private final List<String> keys;
    private final double minSimilarity;
    private final double margin;

    /** The outcome: the phrase (null unless MATCHED), and the best similarity 0-1. */
    public record Match(Outcome outcome, String phrase, double similarity) {
    }

    public enum Outcome { MATCHED, NO_MATCH, AMBIGUOUS }

    public PhraseMatcher(VoiceLanguage language, PinyinKeys pinyin, List<String> phrases, double minSimilarity,
                         double margin) {
        this.language = Objects.requireNonNull(language);
        this.pinyin = pinyin;
        this.phrases = List.copyOf(new LinkedHashSet<>(phrases));
        this.keys = this.phrases.stream().map(this::key).toList();
        this.minSimilarity = minSimilarity;
        this.margin = margin;
    }

    public PhraseMatcher(VoiceLanguage language, PinyinKeys pinyin, List<String> phrases) {
        this(language, pinyin, phrases, DEFAULT_MIN_SIMILARITY, DEFAULT_MARGIN);
    }

    public Match match(String recognised) {
        String plain = plain(recognised);
        if (plain.isEmpty() || recognised.contains("[unk]")) {
            return new Match(Outcome.NO_MATCH, null, 0);
        }
        for (String phrase : phrases) {
            if (plain(phrase).equals(plain)) {
                return new Match(Outcome.MATCHED, phrase, 1.0);
            }
        }
        String key = key(recognised);
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            scored.add(new double[] {similarity(key, keys.get(i)), i});
        }
        scored.sort((a, b) -> Double.compare(b[0], a[0]));
        if (scored.isEmpty() || scored.get(0)[0] < minSimilarity) {
            return new Match(Outcome.NO_MATCH, null, scored.isEmpty() ? 0 : scored.get(0)[0]);
        }
        double best = scored.get(0)[0];
        if (scored.size() > 1 && best - scored.get(1)[0] < margin) {
            return new Match(Outcome.AMBIGUOUS, null, best);
        }
        return new Match(Outcome.MATCHED, phrases.get((int) scored.get(0)[1]), best);
    }

    /** The comparison key: toneless pinyin syllables joined by spaces, or lower-case English words. */
    String key(String text) {
        if (language.isChinese()) {
            return String.join(" ", pinyin.syllables(text));
        }
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9']+", " ").trim();
    }

    private String plain(String text) {
        return text.replace("[unk]", "").replaceAll("[\\s\\p{Punct}，。！？、]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** 1 - Levenshtein distance / length of the longer key, on characters. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
    }
}
