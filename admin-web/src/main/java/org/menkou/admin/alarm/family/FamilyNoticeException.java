package org.menkou.admin.alarm.family;

/** One try of telling a family failed; the notifier tries again as its retry policy says. */
public final class FamilyNoticeException extends Exception {
    private static final long serialVersionUID = 1L;

    public FamilyNoticeException(String message, Throwable cause) {
        super(message, cause);
    }
}
