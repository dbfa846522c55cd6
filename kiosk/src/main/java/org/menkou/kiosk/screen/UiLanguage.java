package org.menkou.kiosk.screen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.menkou.voice.VoiceLanguage;

/**
 * The language the kiosk speaks and shows now (zh-CN unless a resident switched it on the home screen). Set on the
 * UI thread; listeners (e.g. the voice, which reopens for the new language) are called there too.
 */
public final class UiLanguage {
    private volatile VoiceLanguage current;
    private final List<Consumer<VoiceLanguage>> listeners = new CopyOnWriteArrayList<>();

    public UiLanguage(VoiceLanguage initial) {
        this.current = initial;
    }

    public VoiceLanguage get() {
        return current;
    }

    public void set(VoiceLanguage language) {
        if (language != current) {
            current = language;
            listeners.forEach(l -> l.accept(language));
        }
    }

    /** The other of the two languages. */
    public VoiceLanguage other() {
        return current.isChinese() ? VoiceLanguage.EN : VoiceLanguage.ZH_CN;
    }

    public void onChange(Consumer<VoiceLanguage> listener) {
        listeners.add(listener);
    }
}
