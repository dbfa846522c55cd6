package org.menkou.content.store;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** What every repository shares: the database and the version log that each write appends to. */
abstract class Repository {
    protected final Jdbi jdbi;
    private final ContentChanges changes;
    private final ContentEntity entity;

    Repository(Jdbi jdbi, ContentChanges changes, ContentEntity entity) {
        this.jdbi = jdbi;
        this.changes = changes;
        this.entity = entity;
    }

    /** Writes {@code id} with {@code write} and logs the upsert, in one transaction; returns the new version. */
    protected long upsert(String id, Consumer<Handle> write) {
        return jdbi.inTransaction(h -> {
            write.accept(h);
            return changes.record(h, entity, id, false);
        });
    }

    /** Logs an upsert ({@code deleted} false) or a tombstone of {@code id} in the caller's transaction; returns the new version. */
    protected long logChange(Handle h, String id, boolean deleted) {
        return changes.record(h, entity, id, deleted);
    }

    /** Deletes {@code id} from {@code table} and logs a tombstone; false (and no tombstone) when it did not exist. */
    protected boolean delete(String table, String id) {
        return jdbi.inTransaction(h -> {
            int rows = h.createUpdate("DELETE FROM " + table + " WHERE id = ?").bind(0, id).execute();
            if (rows == 0) {
                return false;
            }
            changes.record(h, entity, id, true);
            return true;
        });
    }

    /** Number of rows in {@code table}. */
    protected int count(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
