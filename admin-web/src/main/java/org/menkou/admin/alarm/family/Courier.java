package org.menkou.admin.alarm.family;

/**
 * Carries family messages over one {@link NotifyChannel}. Called on the "family-notice" thread; one call is one try,
 * bounded in time (at most {@link FamilySettings#TRY_LIMIT}); throws {@link FamilyNoticeException} when it failed.
 */
public interface Courier {
    NotifyChannel channel();

    /** Delivers {@code message} to {@code address} (a phone, an e-mail address or a URL) once. */
    void deliver(String address, FamilyMessage message) throws FamilyNoticeException;
}
