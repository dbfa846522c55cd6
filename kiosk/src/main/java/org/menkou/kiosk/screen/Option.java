package org.menkou.kiosk.screen;

import java.util.List;
import java.util.function.Supplier;

/**
 * One thing a resident can pick on a screen.
 *
 * @param digit   the key that picks it regardless of paging (home's 9 紧急呼叫), or 0 to number it by position
 * @param label   what is shown and read aloud, short (at most ~10 Chinese characters)
 * @param phrases extra spoken phrases that pick it besides the label (e.g. 服务 for 找服务)
 * @param action  what picking it does; called on the UI thread
 */
public record Option(int digit, String label, List<String> phrases, Supplier<Transition> action) {
    public Option {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("digit must be 0-9: " + digit);
        }
        phrases = List.copyOf(phrases);
    }

    /** An option numbered by its position on the page. */
    public static Option of(String label, Supplier<Transition> action, String... phrases) {
        return new Option(0, label, List.of(phrases), action);
    }
}
