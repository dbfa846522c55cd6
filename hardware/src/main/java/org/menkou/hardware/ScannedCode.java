package org.menkou.hardware;

/**
 * The text of one code a reader saw. The text may be anything (a payment code, a stranger's URL): callers classify it
 * and never show or log it raw; {@link #toString()} therefore gives only its length and source.
 *
 * @param text   what the code contains, as the reader delivered it (a keyboard scanner's final Enter removed)
 * @param source which kind of reader saw it
 */
public record ScannedCode(String text, Source source) {
    /** The kinds of readers. */
    public enum Source { KEYBOARD_SCANNER, CAMERA, IMAGE_FILE }

    public ScannedCode {
        if (text == null || source == null) {
            throw new IllegalArgumentException("a scanned code has a text and a source");
        }
    }

    @Override
    public String toString() {
        return "ScannedCode[" + source + ", " + text.length() + " characters]";
    }
}
