package org.menkou.admin.testing;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.PrivateFilesProbe;

/**
 * Run in a child JVM (under the umask its parent chose): starts an admin server's data directory {@code args[0]} the
 * way {@code menkou admin} does (content and admin tables, the initial admin and its password file), then, with a
 * connection open so the WAL and shared-memory files exist, prints "MODE path" for everything below it.
 */
public final class AdminDataProbe {
    private AdminDataProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Database database = Database.openIn(dir)) {
            AdminApp admin = new AdminApp(ContentStore.open(database), AdminSettings.defaults(dir).withBcryptCost(4));
            admin.ensureInitialAdmin(new PrintStream(OutputStream.nullOutputStream()));
            try (Handle open = database.jdbi().open(); Statement s = open.getConnection().createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                PrivateFilesProbe.print(dir);
                s.execute("COMMIT");
            }
        }
    }
}
