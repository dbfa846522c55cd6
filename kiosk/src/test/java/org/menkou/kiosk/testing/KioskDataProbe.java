package org.menkou.kiosk.testing;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.PrivateFilesProbe;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.sync.KioskCredentials;
import org.menkou.kiosk.sync.Outbox;

/**
 * Run in a child JVM (under the umask its parent chose): sets up a kiosk's data directory {@code args[0]} the way
 * the kiosk does (content replica, outbox and alarm journal in one SQLite file, sync credentials), then, with a
 * connection still open so the WAL and shared-memory files exist, prints "MODE path" for everything below it.
 */
public final class KioskDataProbe {
    private KioskDataProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ContentStore store = ContentStore.openIn(dir);
        Outbox.open(store.file(), Clock.systemUTC());
        AlarmJournal.open(store.file(), Clock.systemUTC()).raise(null, "wt-station-1", "r-1", AlarmSource.BUTTON);
        new KioskCredentials(URI.create("http://127.0.0.1:7080"), "mk1.probe-token-probe-token-probe").store(dir);
        try (Connection open = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = open.createStatement()) {
            s.execute("BEGIN");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
                rs.next();
            }
            PrivateFilesProbe.print(dir);
            s.execute("COMMIT");
        }
    }
}
