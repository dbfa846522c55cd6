package org.menkou.content;

/** The one exception type of the content module: a store that cannot be read or written, or content that is not valid. */
public class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
