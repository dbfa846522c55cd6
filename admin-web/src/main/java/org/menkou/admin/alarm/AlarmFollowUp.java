package org.menkou.admin.alarm;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Work that follows an alarm's life (telling the family), registered with {@link AlarmCentre#follow}. The two
 * callbacks run on the request thread inside the transaction that changed the alarm, so what they write commits or
 * rolls back with it; they must be quick and must not send anything themselves.
 */
public interface AlarmFollowUp {
    /** A new alarm was stored (once per alarm: a resent event never calls this again). */
    void raised(Handle h, Alarm alarm);

    /** An active alarm was closed: RESOLVED on the board or CANCELLED at the kiosk ({@code alarm} is as closed). */
    void closed(Handle h, Alarm alarm);

    /** Short lines in words for the alarm's row on the board (no more personal data than a masked name). */
    List<String> boardLines(long seq);
}
