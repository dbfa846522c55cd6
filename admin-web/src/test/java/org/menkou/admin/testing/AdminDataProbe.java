package org.menkou.admin.testing;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
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
        ContentStore store = ContentStore.openIn(dir);
        AdminApp admin = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(4));
        admin.ensureInitialAdmin(new PrintStream(OutputStream.nullOutputStream()));
        try (Connection open = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = open.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            PrivateFilesProbe.print(dir);
            s.execute("COMMIT");
        }
    }
}
