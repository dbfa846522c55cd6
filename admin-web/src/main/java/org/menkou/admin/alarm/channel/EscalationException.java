package org.menkou.admin.alarm.channel;

/** One try of an escalation channel failed; the centre retries. */
public final class EscalationException extends Exception {
    private static final long serialVersionUID = 1L;

    public EscalationException(String message, Throwable cause) {
        super(message, cause);
    }
}
