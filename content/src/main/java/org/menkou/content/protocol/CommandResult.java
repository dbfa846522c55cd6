package org.menkou.content.protocol;

/**
 * What a kiosk answers to one {@link RemoteCommand}, posted to {@link KioskApiPaths#commandResult(long)}.
 *
 * @param ok   whether the command did what it was asked
 * @param text plain text for the fleet page, lines separated by {@code \n}, at most {@value #MAX_CHARS} characters and
 *             free of personal data beyond what the kiosk's own screen shows (masked names)
 */
public record CommandResult(boolean ok, String text) {
    public static final int MAX_CHARS = 8_000;

    /** A result whose text is cut to {@link #MAX_CHARS} characters. */
    public static CommandResult of(boolean ok, String text) {
        String t = text == null ? "" : text;
        return new CommandResult(ok, t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS - 1) + "…");
    }
}
