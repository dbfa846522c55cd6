package org.menkou.content;

/** Whether a notice informs (通知) or invites to an activity (活动). */
public enum NoticeKind {
    NOTICE("通知"),
    ACTIVITY("活动");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
