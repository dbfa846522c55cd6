package org.menkou.content.db;

import org.jdbi.v3.core.Handle;

/**
 * The database product a {@link Database} talks to. Only the db package looks at it: stores write SQL that every
 * vendor runs, and ask {@link Database} for the few statements that differ. SQLite is the embedded default of every
 * process; PostgreSQL serves a city's admin nodes.
 */
public enum Vendor {
    /** SQLite: one file in the data directory, one writer at a time, WAL journal. */
    SQLITE("sqlite") {
        @Override
        void deferForeignKeys(Handle h) {
            h.execute("PRAGMA defer_foreign_keys = ON");
        }

        @Override
        String schema() {
            return null;
        }

        @Override
        void continueIdentities(Handle h, String table) {
            // AUTOINCREMENT continues after the largest id inserted, explicit ones included.
        }
    },
    /** PostgreSQL: a server shared by several admin nodes; its foreign keys are declared deferrable. */
    POSTGRES("postgres") {
        @Override
        void deferForeignKeys(Handle h) {
            h.execute("SET CONSTRAINTS ALL DEFERRED");
        }

        @Override
        String schema() {
            return "public";
        }

        @Override
        void continueIdentities(Handle h, String table) {
            for (String column : h.createQuery("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'YES'""")
                    .bind(0, table).mapTo(String.class).list()) {
                h.createQuery("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(" + column + ") FROM "
                                + table + "), 0) + 1, false)")
                        .bind(0, table).bind(1, column).mapTo(Long.class).one();
            }
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

    /** The schema Menkou's tables live in, for metadata queries; null where the database has none. */
    abstract String schema();

    /** After rows with explicit ids were copied into {@code table}: new rows get ids above them. */
    abstract void continueIdentities(Handle h, String table);
}
