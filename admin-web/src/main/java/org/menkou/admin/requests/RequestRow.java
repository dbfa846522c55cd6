package org.menkou.admin.requests;

import java.time.Instant;
import java.time.LocalDate;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ServiceRequest;

/**
 * One service request as the work queue holds it.
 *
 * @param residentId  null for a walk-in
 * @param assignedTo  the username of the advisor who took it, or null
 * @param contactDue  contacted by then, or it is overdue
 * @param contactedAt when it reached {@link RequestState#CONTACTED} (or a later state) first, or null
 */
public record RequestRow(String id, ServiceRequest.Kind kind, String subjectId, String subjectName, LocalDate preferredDay,
                         ServiceRequest.DayHalf preferredHalf, ServiceRequest.Contact contact, String stationId,
                         String residentId, boolean urgent, RequestState state, String assignedTo, LocalDate scheduledDay,
                         ServiceRequest.DayHalf scheduledHalf, String scheduledWho, String scheduledWhere,
                         Instant createdAt, Instant contactDue, Instant contactedAt, Instant closedAt) {
    /** True when nobody has contacted the resident and the time the centre allows has passed. */
    public boolean overdue(Instant now) {
        return contactedAt == null && !state.isClosed() && now.isAfter(contactDue);
    }

    public boolean isWalkIn() {
        return residentId == null;
    }
}
