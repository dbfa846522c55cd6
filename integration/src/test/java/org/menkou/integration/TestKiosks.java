package org.menkou.integration;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncSettings;

/** Kiosk-side set-up shared by the tests that run a real kiosk runtime against a real server. */
public final class TestKiosks {
    private TestKiosks() {
    }

    /**
     * Starts a kiosk's real sync engine on a fresh SQLite file against the server on {@code port}: 30 s rounds, quick
     * retries (50-300 ms). The caller closes it.
     */
    public static KioskSync startSyncing(Path file, int port, String token) {
        ContentStore replica = ContentStore.open(file, Clock.systemUTC());
        SyncSettings settings = SyncSettings.defaults(URI.create("http://127.0.0.1:" + port + "/"), token, "test-1",
                        () -> new SyncSettings.VoiceReport(false, "no-model"))
                .withInterval(Duration.ofSeconds(30)).withRetry(Duration.ofMillis(50), Duration.ofMillis(300));
        return KioskSync.start(replica, Outbox.open(file, Clock.systemUTC()), settings, Clock.systemUTC());
    }
}
