package org.menkou.kiosk.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.ContentException;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.SyncSettings.VoiceReport;

/**
 * How the kiosk starts sync. {@code --server URL --token T} given once are stored in the data directory
 * ({@code DATA/sync.properties}, mode 0600) and reused on later starts; without either, a kiosk that was never
 * given a server runs on its local content alone.
 */
public final class KioskSyncLauncher {
    private KioskSyncLauncher() {
    }

    /**
     * Starts syncing {@code store} (the kiosk's own store in {@code dataDir}) in the background, or returns empty
     * when no server is configured. {@code server} and {@code token} are both given or both null. The caller closes
     * the returned sync when the kiosk stops.
     *
     * @param interval heartbeat/pull interval (30 s normally)
     * @param voice    asked on the sync thread before each heartbeat; must return fast
     */
    public static Optional<KioskSync> start(Path dataDir, ContentStore store, URI server, String token,
                                            String appVersion, Supplier<VoiceReport> voice, Duration interval) {
        if ((server == null) != (token == null)) {
            throw new ContentException("give both --server and --token, or neither");
        }
        if (server != null) {
            new KioskCredentials(server, token).store(dataDir);
        }
        return KioskCredentials.load(dataDir).map(c -> KioskSync.start(store, Outbox.open(store.file(), Clock.systemUTC()),
                SyncSettings.defaults(c.server(), c.token(), appVersion, voice).withInterval(interval), Clock.systemUTC()));
    }
}
