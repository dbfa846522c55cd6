package org.menkou.content.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The content version log. Repositories call {@link #record} inside the transaction of the write they log, so a
 * change and its version are committed together or not at all.
 */
public final class ContentChanges {
    private final Jdbi jdbi;
    private final Clock clock;

    ContentChanges(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The newest content version, 0 for a store that has never changed. */
    public long currentVersion() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) FROM content_change")
                .mapTo(Long.class).one());
    }

    /**
     * The latest change of every entity changed after {@code version}, oldest first, at most {@code limit} of them.
     * An entity changed several times appears once, with its newest version; a deleted one appears as a tombstone.
     */
    public List<ContentChange> since(long version, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.version, c.entity, c.entity_id, c.op FROM content_change c
                        WHERE c.version > :since
                          AND c.version = (SELECT MAX(version) FROM content_change d
                                           WHERE d.entity = c.entity AND d.entity_id = c.entity_id)
                        ORDER BY c.version LIMIT :limit""")
                .bind("since", version)
                .bind("limit", limit)
                .map((rs, ctx) -> new ContentChange(rs.getLong(1), ContentEntity.valueOf(rs.getString(2)),
                        rs.getString(3), "DELETE".equals(rs.getString(4))))
                .list());
    }

    /** Appends a change in the caller's transaction; returns the new version. */
    long record(Handle h, ContentEntity entity, String entityId, boolean deleted) {
        return h.createUpdate("INSERT INTO content_change (entity, entity_id, op, changed_at) VALUES (?, ?, ?, ?)")
                .bind(0, entity.name())
                .bind(1, entityId)
                .bind(2, deleted ? "DELETE" : "UPSERT")
                .bind(3, Instant.now(clock).toString())
                .executeAndReturnGeneratedKeys("version")
                .mapTo(Long.class).one();
    }
}
