package org.menkou.content.db;

import org.jdbi.v3.core.Handle;

/**
 * The database product a {@link Database} talks to. Only the db package looks at it: stores write SQL that every
 * vendor runs, and ask {@link Database} for the few statements that differ. A server database (PostgreSQL) is the
 * next vendor; SQLite stays the embedded default of every process.
 */
public enum Vendor {
    /** SQLite: one file in the data directory, one writer at a time, WAL journal. */
    SQLITE("sqlite") {
        @Override
        void deferForeignKeys(Handle h) {
            h.execute("PRAGMA defer_foreign_keys = ON");
        }
    };

    private final String migrationFolder;

    Vendor(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The folder beside {@code common} that holds this vendor's own migrations of an area. */
    String migrationFolder() {
        return migrationFolder;
    }

    /** Makes the transaction open on {@code h} check foreign keys at its commit instead of at each statement. */
    abstract void deferForeignKeys(Handle h);
}
