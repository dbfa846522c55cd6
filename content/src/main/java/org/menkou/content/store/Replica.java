package org.menkou.content.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.db.Database;

/**
 * A kiosk's store seen as a replica of the server's content: applies a whole sync round atomically and remembers
 * the server version it reflects. Only the kiosk side of sync writes through this.
 */
public final class Replica {
    /** Metadata key holding the server content version this replica reflects. */
    public static final String SYNCED_VERSION = "sync.content_version";

    /** Tables of every synced kind, children first (the order a reset clears them in). */
    private static final List<String> CLEAR_ORDER = clearOrder();

    /** One change of a round: an upsert carries the new value, a tombstone only the kind and id. */
    public record Change(ContentEntity entity, String id, Object value) {
        public static Change tombstone(ContentEntity entity, String id) {
            return new Change(entity, id, null);
        }

        public boolean deleted() {
            return value == null;
        }
    }

    private final ContentStore store;
    private final Database database;
    private final Jdbi jdbi;

    Replica(ContentStore store, Database database) {
        this.store = store;
        this.database = database;
        this.jdbi = database.jdbi();
    }

    /** The server version this replica reflects; empty before the first successful sync. */
    public OptionalLong syncedVersion() {
        return store.meta(SYNCED_VERSION).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    /**
     * Applies one round in one transaction: with {@code reset}, every synced table is emptied first (a snapshot);
     * then the changes in order; then the synced version becomes {@code version}. Foreign keys are checked at commit,
     * so the order of changes inside a round does not matter, only that the round ends consistent.
     */
    public void apply(boolean reset, List<Change> changes, long version) {
        jdbi.useTransaction(h -> {
            database.deferForeignKeys(h);
            if (reset) {
                CLEAR_ORDER.forEach(t -> h.execute("DELETE FROM " + t));
            }
            for (Change c : changes) {
                ContentKind<?> kind = c.entity().kind();
                if (c.deleted()) {
                    h.createUpdate("DELETE FROM " + kind.table() + " WHERE " + kind.key() + " = ?")
                            .bind(0, c.id()).execute();
                } else {
                    kind.save(store, c.value());
                }
            }
            h.createUpdate("INSERT INTO meta (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(0, SYNCED_VERSION).bind(1, Long.toString(version)).execute();
        });
    }

    private static List<String> clearOrder() {
        List<ContentEntity> childrenFirst = new ArrayList<>(Arrays.asList(ContentEntity.values()));
        Collections.reverse(childrenFirst);
        return childrenFirst.stream().flatMap(e -> e.kind().tables().stream()).toList();
    }
}
