package org.menkou.admin;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ContentException;
import org.menkou.content.store.ContentStore;
import org.sqlite.SQLiteConfig;

/**
 * The admin server's own tables (users, sessions, audit, kiosks, events, resident contacts) in the same SQLite file
 * as the content, migrated from {@code db/admin} with history table {@code schema_history_admin}. Two handles on the
 * same file: {@link #jdbi()} commits with synchronous=NORMAL, {@link #receipts()} with synchronous=FULL for what a
 * kiosk or a caller holds a receipt for (kiosk events, bookings, alarms), so those survive a power cut. Connections
 * are opened per call; nothing to close.
 */
public final class AdminDatabase {
    private final Jdbi jdbi;
    private final Jdbi receipts;

    private AdminDatabase(Jdbi jdbi, Jdbi receipts) {
        this.jdbi = jdbi;
        this.receipts = receipts;
    }

    /** Opens and migrates the admin tables beside {@code store}'s content. */
    public static AdminDatabase beside(ContentStore store) {
        try {
            var dataSource = ContentStore.dataSource(store.file());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/admin").table("schema_history_admin")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return new AdminDatabase(Jdbi.create(dataSource),
                    Jdbi.create(ContentStore.dataSource(store.file(), SQLiteConfig.SynchronousMode.FULL)));
        } catch (FlywayException e) {
            throw new ContentException("cannot open the admin tables in " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** Connections that commit with synchronous=NORMAL: sessions, audit, users, kiosks, reports. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Connections that commit with synchronous=FULL: kiosk events with their receipts, bookings, alarms. */
    public Jdbi receipts() {
        return receipts;
    }
}
