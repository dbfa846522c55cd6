package org.menkou.admin.alarm.family;

/** Which of the two messages about one alarm a family notice is. Stored by name in {@code family_notice.kind}. */
public enum NoticeKind {
    /** The alarm came in; staff are responding. */
    RAISED,
    /** The alarm was closed (resolved by staff, or ended at the kiosk). */
    RESOLVED
}
