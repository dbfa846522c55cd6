package org.menkou.kiosk.screen;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A screen that lists things to pick from, loaded fresh each time it is shown (content may have synced meanwhile).
 *
 * @param <T> what is listed
 */
final class ListScreen<T> extends Screen {
    private final String title;
    private final String intro;
    private final String whenEmpty;
    private final Supplier<List<T>> loader;
    private final Function<T, Option> toOption;
    private List<T> items = List.of();

    /**
     * @param intro     the line above the list
     * @param whenEmpty what to say when there is nothing to list
     * @param toOption  the choice for one thing: its label, spoken phrases and where it leads
     */
    ListScreen(String title, String intro, String whenEmpty, Supplier<List<T>> loader, Function<T, Option> toOption) {
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
        return title;
    }

    @Override
    protected String text() {
        return items.isEmpty() ? whenEmpty : intro;
    }

    @Override
    protected List<Option> options() {
        return items.stream().map(toOption).toList();
    }
}
