package org.menkou.admin.alarm.channel;

/**
 * A provider that sends text messages or places automated calls (a carrier's SMS API, a phone gateway). Menkou has
 * no built-in provider: a deployment implements this for its carrier and passes it to {@link SmsChannel}.
 */
public interface SmsGateway {
    /** Sends {@code text} to {@code phone} once; throws when this try failed. */
    void send(String phone, String text) throws EscalationException;
}
