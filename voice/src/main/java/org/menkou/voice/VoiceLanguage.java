package org.menkou.voice;

import java.util.Locale;

/** The kiosk's two languages. zh-CN is the default; English is the second full language. */
public enum VoiceLanguage {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    VoiceLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag used on the command line and in directory names: {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether phrases are written without spaces between words (and matched by pinyin). */
    public boolean isChinese() {
        return this == ZH_CN;
    }

    /** The directory name of this language's Vosk model under {@code DATA/models/}: {@code vosk-zh-CN}, {@code vosk-en}. */
    public String modelDirectoryName() {
        return "vosk-" + tag;
    }

    /** zh-CN when {@code text} has any Han character, else en (to guess the language of a transcript file). */
    public static VoiceLanguage guess(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? ZH_CN : EN;
    }

    /** Parses {@code zh-CN}, {@code zh}, {@code en} (any case); fails with a message naming the accepted values. */
    public static VoiceLanguage fromTag(String tag) {
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.equals("zh-cn") || t.equals("cn")) {
            return ZH_CN;
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return EN;
        }
        throw new IllegalArgumentException("unknown language '" + tag + "' (use zh-CN or en)");
    }
}
