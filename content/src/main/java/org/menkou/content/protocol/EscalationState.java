package org.menkou.content.protocol;

/** How far the centre got in notifying further responders about an alarm nobody acknowledged in time. */
public enum EscalationState {
    /** Not escalated (acknowledged in time, or not yet due). */
    NONE,
    /** Due and being sent; no channel has delivered yet. */
    SENDING,
    /** At least one escalation channel delivered its message. */
    SENT,
    /** Every channel gave up, or none is configured: nobody further was notified. */
    FAILED
}
