package org.menkou.admin.requests;

/** A step staff asked for that the request cannot take; the message is a sentence for staff, in Chinese. */
public final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestException(String message) {
        super(message);
    }
}
