package org.menkou.voice.pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Toneless pinyin of Chinese text (pinyin4j): 订餐 and 定餐 both become {@code [ding, can]}. Thread-safe. */
public final class PinyinKeys {
    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    public PinyinKeys() {
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /**
     * One syllable per Han character (its first reading); Latin letters and digits are kept as lower-case tokens;
     * spaces and punctuation are dropped.
     */
    public List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String reading = cp <= 0xFFFF ? reading((char) cp) : null;
            if (reading != null) {
                flush(latin, out);
                out.add(reading);
            } else if (Character.isLetterOrDigit(cp)) {
                latin.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flush(latin, out);
            }
        });
        flush(latin, out);
        return out;
    }

    private String reading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            return readings == null || readings.length == 0 ? null : readings[0].toLowerCase(Locale.ROOT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format", e);
        }
    }

    private static void flush(StringBuilder latin, List<String> out) {
        if (latin.length() > 0) {
            out.add(latin.toString());
            latin.setLength(0);
        }
    }
}
