package org.menkou.admin.auth;

/** An account operation was refused; the message is a Chinese sentence fit to show on the page. */
public final class AuthException extends RuntimeException {
    public AuthException(String message) {
        super(message);
    }
}
