package org.menkou.content.protocol;

/**
 * The server's answer to {@code GET} {@link KioskApiPaths#ALARM} and the {@code result} of an {@code alarm} event.
 *
 * @param id         the alarm id the kiosk generated
 * @param state      where it stands
 * @param escalation whether further responders were notified because nobody acknowledged in time; only
 *                   {@link EscalationState#SENT} means a message really went out
 */
public record AlarmStatus(String id, AlarmState state, EscalationState escalation) {
    public AlarmStatus {
        if (escalation == null) {
            escalation = EscalationState.NONE;
        }
    }

    /** True when an escalation channel really delivered (what the kiosk may tell the resident). */
    public boolean escalationSent() {
        return escalation == EscalationState.SENT;
    }
}
