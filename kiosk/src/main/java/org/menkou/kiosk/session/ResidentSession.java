package org.menkou.kiosk.session;

import java.util.Optional;

/**
 * Who is identified at the kiosk right now, if anyone: the one thing other kiosk code (meal booking, the emergency
 * call) needs to know about the resident session. A session starts when a valid card is scanned and ends on
 * 0 返回首页, on idle timeout, or when another card is scanned. Call on the UI thread.
 */
public interface ResidentSession {
    /** The identified resident, or empty when nobody is identified. */
    Optional<IdentifiedResident> current();

    /** A session that never identifies anyone: for kiosk parts built without cards (and tests). */
    static ResidentSession none() {
        return Optional::empty;
    }
}
