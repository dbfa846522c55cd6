package org.menkou.content.protocol;

/**
 * What a kiosk reports about software updates in each heartbeat.
 *
 * @param state           where the kiosk is in an update
 * @param running         the version running now
 * @param previous        the version kept for rollback; null when there is none
 * @param target          the version being downloaded, staged or tried; null when none
 * @param detail          a short reason for {@link UpdateState#REFUSED} and {@link UpdateState#ROLLED_BACK}, else null
 */
public record UpdateReport(UpdateState state, String running, String previous, String target, String detail) {

    /** Update states, in the order an update passes through them. */
    public enum UpdateState {
        /** Running the assigned release (or none is assigned). */
        CURRENT,
        /** A newer assigned release is being downloaded. */
        DOWNLOADING,
        /** Downloaded and verified; waits until the kiosk is idle to switch. */
        STAGED,
        /** Running a new release that has not yet proved healthy; the previous one is kept. */
        TRIAL,
        /** The last release tried did not become healthy in time; the kiosk went back to the previous one. */
        ROLLED_BACK,
        /** The assigned release failed signature or hash checks and will not be installed. */
        REFUSED
    }
}
