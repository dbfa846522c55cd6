package org.menkou.kiosk.sync;

import org.menkou.content.ContentException;

/** A sync call failed: the server could not be reached, answered with an error, or sent data that was refused. */
public final class SyncException extends ContentException {
    /** Why a call failed, which decides what the sync loop does next. */
    public enum Kind {
        /** No answer (connection refused, timeout, reset): retry with backoff. */
        UNREACHABLE,
        /** 4xx: the server refused the request; the reason says why (e.g. a bad token). */
        REFUSED,
        /** 5xx or an answer that could not be read: retry with backoff. */
        SERVER_ERROR
    }

    private final Kind kind;
    private final int status;
    private final String code;

    public SyncException(Kind kind, int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The server's error code (see docs/api.md), or null. */
    public String code() {
        return code;
    }
}
