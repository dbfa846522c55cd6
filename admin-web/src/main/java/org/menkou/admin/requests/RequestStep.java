package org.menkou.admin.requests;

import java.time.Instant;
import org.menkou.content.protocol.RequestState;

/**
 * One step of a request: the state it moved to, the note, who moved it (null: the kiosk that sent it) and when.
 */
public record RequestStep(int seq, RequestState state, String note, String byUser, Instant at) {
}
