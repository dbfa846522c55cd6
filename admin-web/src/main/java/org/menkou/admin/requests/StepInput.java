package org.menkou.admin.requests;

import java.time.LocalDate;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ServiceRequest;

/**
 * A step staff take on a request: the state to move to and a note, and what that state needs.
 *
 * @param assignee for {@link RequestState#ASSIGNED}: who takes it (a username); null means the one taking the step
 * @param day      for {@link RequestState#SCHEDULED}: the day, and {@code half}, {@code who} and {@code where}
 */
public record StepInput(RequestState to, String note, String assignee, LocalDate day, ServiceRequest.DayHalf half,
                        String who, String where) {
    /** A step with only a note (contacted, done, cancelled). */
    public static StepInput of(RequestState to, String note) {
        return new StepInput(to, note, null, null, null, null, null);
    }
}
