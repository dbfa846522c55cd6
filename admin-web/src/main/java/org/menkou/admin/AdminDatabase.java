package org.menkou.admin;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ContentException;
import org.menkou.content.store.ContentStore;

/**
 * The admin server's own tables (users, sessions, audit, kiosks, events, resident contacts) in the same SQLite file
 * as the content, migrated from {@code db/admin} with history table {@code schema_history_admin}. Connections are
 * opened per call; nothing to close.
 */
public final class AdminDatabase {
    private final Jdbi jdbi;

    private AdminDatabase(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Opens and migrates the admin tables beside {@code store}'s content. */
    public static AdminDatabase beside(ContentStore store) {
        try {
            var dataSource = ContentStore.dataSource(store.file());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/admin").table("schema_history_admin")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return new AdminDatabase(Jdbi.create(dataSource));
        } catch (FlywayException e) {
            throw new ContentException("cannot open the admin tables in " + store.file() + ": " + e.getMessage(), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
