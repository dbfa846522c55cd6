package org.menkou.content.release;

import org.menkou.content.ContentException;

/** A release could not be signed, verified, stored or read; the message says which and why in one line. */
public final class ReleaseException extends ContentException {
    private static final long serialVersionUID = 1L;

    public ReleaseException(String message) {
        super(message);
    }

    public ReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
