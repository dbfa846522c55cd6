package org.menkou.admin.alarm.channel;

/**
 * One way of telling further responders about an unacknowledged alarm (a webhook, an SMS gateway, e-mail). The
 * centre calls {@link #send} on its escalation thread and retries on failure; one call is one try.
 */
public interface EscalationChannel {
    /** A short name for the board and logs, e.g. {@code webhook}. */
    String name();

    /** Delivers the escalation once; throws {@link EscalationException} when this try failed. */
    void send(Escalation escalation) throws EscalationException;
}
