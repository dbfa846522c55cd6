package org.menkou.admin.alarm.family;

import java.util.Arrays;
import java.util.Optional;

/** How a consenting contact is told, stored by name in {@code resident_contact.notify_channel}. */
public enum NotifyChannel {
    /** A text message to the contact's phone through the deployment's SMS gateway. */
    SMS("短信"),
    /** An e-mail to the contact's address through the SMTP relay. */
    EMAIL("邮件"),
    /** A JSON POST to the contact's (or their care service's) URL. */
    WEBHOOK("网络推送");

    private final String label;

    NotifyChannel(String label) {
        this.label = label;
    }

    /** The channel's name in words, e.g. 短信. */
    public String label() {
        return label;
    }

    /** The channel stored or sent as {@code name}; empty for null, blank or unknown. */
    public static Optional<NotifyChannel> of(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
