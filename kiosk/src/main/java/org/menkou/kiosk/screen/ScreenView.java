package org.menkou.kiosk.screen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menkou.hardware.KioskKey;
import org.menkou.voice.VoiceLanguage;

/**
 * Everything one page of a screen shows and says, independent of how it is drawn.
 *
 * @param lines    body text of this page, already wrapped to the layout's width
 * @param choices  the choices on this page, at most six
 * @param focus    index into {@code choices} of the focused one, or -1
 * @param hint     a short sentence reacting to the last key (e.g. a key that does nothing here), or empty
 * @param keyHelp  what the keys do on this page, in words
 * @param page     1-based page number; {@code pages} is the number of pages
 * @param language the language the kiosk's own words are in (content may be Chinese in either)
 * @param keyPhrases spoken phrases for keys of the screen's own that are not choices (home's 8 for the other language)
 */
public record ScreenView(String title, List<String> lines, List<Choice> choices, int focus, String hint,
                         String keyHelp, int page, int pages, Tone tone, VoiceLanguage language,
                         Map<String, KioskKey> keyPhrases) {
    public static final int MAX_CHOICES = 6;

    public ScreenView {
        lines = List.copyOf(lines);
        choices = List.copyOf(choices);
        keyPhrases = Map.copyOf(keyPhrases);
        if (choices.size() > MAX_CHOICES + 1) {
            throw new IllegalArgumentException("too many choices on one page: " + choices.size());
        }
    }

    /** "第1页，共3页" / "Page 1 of 3", or empty for a single page. */
    public String pageLabel() {
        return pages > 1 ? Ui.PAGE_LABEL.format(language, page, pages) : "";
    }

    /** What a voice reads for this page: title, text, the choices with their numbers, paging and the key help. */
    public String speakableText() {
        String end = Ui.SENTENCE_END.in(language);
        StringBuilder sb = new StringBuilder(title).append(end);
        if (!hint.isEmpty()) {
            sb.append(hint);
        }
        lines.stream().filter(l -> !isDrawing(l)).forEach(l -> sb.append(l).append(language.isChinese() ? "" : " "));
        if (!lines.isEmpty()) {
            sb.append(end);
        }
        for (Choice c : choices) {
            sb.append(c.digit()).append(Ui.CHOICE_SEPARATOR.in(language)).append(c.label()).append(end);
        }
        if (pages > 1) {
            sb.append(pageLabel()).append(end);
        }
        return sb.append(keyHelp).append(end).toString().replace("。。", "。").replace(". . ", ". ").strip();
    }

    /** A line of box-drawing and block characters (U+2500–U+259F, e.g. big digits) is drawn, never read aloud. */
    static boolean isDrawing(String line) {
        return !line.isBlank() && line.chars().allMatch(c -> c == ' ' || (c >= 0x2500 && c <= 0x259F));
    }

    /** The spoken phrases that act on this page and the key each one stands for. */
    public Map<String, KioskKey> phrases() {
        Map<String, KioskKey> map = new LinkedHashMap<>();
        for (Choice c : choices) {
            map.put(c.label(), KioskKey.ofDigit(c.digit()));
            c.phrases().forEach(p -> map.putIfAbsent(p, KioskKey.ofDigit(c.digit())));
        }
        keyPhrases.forEach(map::putIfAbsent);
        if (pages > 1) {
            if (page > 1) {
                map.put("上一页", KioskKey.LEFT);
            }
            if (page < pages) {
                map.put("下一页", KioskKey.RIGHT);
            }
        }
        return map;
    }
}
