package org.menkou.kiosk.screen;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.menkou.voice.VoiceLanguage;

/**
 * A screen that lists things to pick from, loaded fresh each time it is shown (content may have synced meanwhile).
 *
 * @param <T> what is listed
 */
final class ListScreen<T> extends Screen {
    private final Function<VoiceLanguage, String> title;
    private final Function<VoiceLanguage, String> intro;
    private final Function<VoiceLanguage, String> whenEmpty;
    private final Supplier<List<T>> loader;
    private final Function<T, Option> toOption;
    private List<T> items = List.of();

    /**
     * @param intro     the line above the list
     * @param whenEmpty what to say when there is nothing to list
     * @param toOption  the choice for one thing: its label, spoken phrases and where it leads
     */
    ListScreen(String title, String intro, String whenEmpty, Supplier<List<T>> loader, Function<T, Option> toOption) {
        this(l -> title, l -> intro, l -> whenEmpty, loader, toOption);
    }

    /** A list worded in the kiosk's current language; {@code toOption} may read {@link #language()} too. */
    ListScreen(Function<VoiceLanguage, String> title, Function<VoiceLanguage, String> intro,
               Function<VoiceLanguage, String> whenEmpty, Supplier<List<T>> loader, Function<T, Option> toOption) {
        this.title = title;
        this.intro = intro;
        this.whenEmpty = whenEmpty;
        this.loader = loader;
        this.toOption = toOption;
    }

    @Override
    protected void onShow() {
        items = loader.get();
    }

    @Override
    public String title() {
        return title.apply(language());
    }

    @Override
    protected String text() {
        return items.isEmpty() ? whenEmpty.apply(language()) : intro.apply(language());
    }

    @Override
    protected List<Option> options() {
        return items.stream().map(toOption).toList();
    }
}
