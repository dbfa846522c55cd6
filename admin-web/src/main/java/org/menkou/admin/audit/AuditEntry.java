package org.menkou.admin.audit;

import java.time.Instant;

/** One audit record; {@code before}/{@code after} are JSON, null when the entity did not exist on that side. */
public record AuditEntry(long id, Instant at, String username, String action, String entity, String entityId,
                         String before, String after) {
}
