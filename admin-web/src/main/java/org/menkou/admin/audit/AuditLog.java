package org.menkou.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The audit log: who changed what, when, with the value before and after. Append-only. Thread-safe. */
public final class AuditLog {
    public static final int PAGE = 50;
    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change; {@code before}/{@code after} are serialised as JSON (null: did not exist). */
    public void record(String username, String action, String entity, String entityId, Object before, Object after) {
        jdbi.useHandle(h -> record(h, username, action, entity, entityId, before, after));
    }

    /** Records a change in the caller's transaction {@code h} (e.g. while a kiosk event is applied). */
    public void record(org.jdbi.v3.core.Handle h, String username, String action, String entity, String entityId,
                       Object before, Object after) {
        h.createUpdate("""
                        INSERT INTO audit_log (at, username, action, entity, entity_id, before_json, after_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, Instant.now(clock).toString()).bind(1, username).bind(2, action).bind(3, entity)
                .bind(4, entityId).bind(5, toJson(before)).bind(6, toJson(after)).execute();
    }

    /** Newest first, {@value #PAGE} per page (page 0 is the newest); optionally only one entity kind. */
    public List<AuditEntry> page(int page, String entity) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM audit_log WHERE (:entity IS NULL OR entity = :entity)
                        ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .bind("entity", entity).bind("limit", PAGE).bind("offset", Math.max(0, page) * PAGE)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")),
                        rs.getString("username"), rs.getString("action"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("before_json"), rs.getString("after_json")))
                .list());
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit value", e);
        }
    }
}
