package org.menkou.kiosk.cli;

import org.menkou.voice.VoiceLanguage;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --lang zh-CN|en}; picocli reports a bad value as a usage error naming the accepted values. */
final class LanguageConverter implements ITypeConverter<VoiceLanguage> {
    @Override
    public VoiceLanguage convert(String value) {
        return VoiceLanguage.fromTag(value);
    }
}
