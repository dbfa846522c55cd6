package org.menkou.kiosk.requests;

import java.time.LocalDate;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.protocol.ServiceRequest.Contact;
import org.menkou.content.protocol.ServiceRequest.DayHalf;

/** A request while the resident picks its parts: what, then when (day and half), then how to be reached. */
record RequestDraft(ServiceRequest.Kind kind, String subjectId, String subjectName, LocalDate day, DayHalf half,
                    Contact contact) {
    static RequestDraft about(ServiceRequest.Kind kind, String subjectId, String subjectName) {
        return new RequestDraft(kind, subjectId, subjectName, null, null, null);
    }

    RequestDraft at(LocalDate newDay, DayHalf newHalf) {
        return new RequestDraft(kind, subjectId, subjectName, newDay, newHalf, contact);
    }

    RequestDraft reachedBy(Contact how) {
        return new RequestDraft(kind, subjectId, subjectName, day, half, how);
    }
}
