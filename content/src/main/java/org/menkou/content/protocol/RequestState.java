package org.menkou.content.protocol;

/** Where a service request stands in the advisors' work queue, in the order it usually moves. */
public enum RequestState {
    /** Arrived, nobody has taken it yet. */
    NEW,
    /** An advisor took it. */
    ASSIGNED,
    /** The advisor reached the resident. */
    CONTACTED,
    /** A date, a person and a place are set. */
    SCHEDULED,
    /** Done: the service was given or the question answered. */
    DONE,
    /** Withdrawn or not possible; the note says why. */
    CANCELLED;

    /** True once nothing more happens to the request. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
