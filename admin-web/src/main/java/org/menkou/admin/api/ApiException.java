package org.menkou.admin.api;

/** A refused kiosk API request: answered with {@code status} and an {@code ApiError} body; nothing was changed. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
