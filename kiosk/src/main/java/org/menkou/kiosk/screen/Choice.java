package org.menkou.kiosk.screen;

import java.util.List;

/** A choice as shown on the current page: the digit that picks it, its label, and every phrase that picks it. */
public record Choice(int digit, String label, List<String> phrases) {
    public Choice {
        phrases = List.copyOf(phrases);
    }
}
