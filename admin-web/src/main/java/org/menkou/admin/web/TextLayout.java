package org.menkou.admin.web;

import java.util.List;

/**
 * The kiosk's text layout as the preview uses it: text wrapped to a number of terminal display columns (a CJK
 * character takes two). Meant to be backed by the kiosk's own layout so the preview matches the screen.
 */
@FunctionalInterface
public interface TextLayout {
    /** Lines of {@code text} each at most {@code columns} display columns wide; line feeds start new lines. */
    List<String> wrap(String text, int columns);
}
