package org.menkou.kiosk.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.menkou.content.ContentException;
import org.menkou.content.DataDirectory;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.SyncSettings.VoiceReport;

/**
 * How the kiosk starts sync. {@code --server URL} (repeatable: the admin server's nodes, preferred first),
 * {@code --token T} and {@code --server-ca FILE} given once are stored in the data directory
 * ({@code DATA/sync.properties} and {@code DATA/server-ca.pem}, mode 0600) and reused on later starts; without them, a
 * kiosk that was never given a server runs on its local content alone.
 */
public final class KioskSyncLauncher {
    private KioskSyncLauncher() {
    }

    /**
     * Starts syncing {@code store} (the kiosk's own store) in the background with the servers of {@code credentials}
     * ({@link #remember}). The caller closes the returned sync when the kiosk stops.
     *
     * @param interval heartbeat/pull interval (30 s normally)
     * @param voice    asked on the sync thread before each heartbeat; must return fast
     */
    public static KioskSync start(ContentStore store, KioskCredentials credentials, String appVersion,
                                  Supplier<VoiceReport> voice, Duration interval) {
        return KioskSync.start(store, Outbox.open(store.database(), Clock.systemUTC()),
                settings(credentials, appVersion, voice).withInterval(interval), Clock.systemUTC());
    }

    /**
     * Applies the command line's server flags to what {@code dataDir} holds and returns the credentials in force,
     * empty when the kiosk has no server (a stored CA file is checked too). {@code servers} and {@code token} are both given or neither; they replace
     * the stored ones and keep a stored CA. {@code serverCa} may come with them or alone: the file is checked (a bad
     * one is refused with a one-line ContentException before anything is written) and copied to
     * {@code DATA/server-ca.pem} (mode 0600).
     *
     * @param servers  preferred first; empty to keep the stored ones
     * @param token    null to keep the stored one
     * @param serverCa null to keep the stored choice
     */
    public static Optional<KioskCredentials> remember(Path dataDir, List<URI> servers, String token, Path serverCa) {
        if (servers.isEmpty() != (token == null)) {
            throw new ContentException("give both --server and --token, or neither");
        }
        if (serverCa != null) {
            ServerTrust.pinned(serverCa);
        }
        Optional<KioskCredentials> stored = KioskCredentials.load(dataDir);
        KioskCredentials given = null;
        if (token != null) {
            given = new KioskCredentials(servers, token, stored.flatMap(KioskCredentials::serverCa));
        } else if (serverCa != null) {
            given = stored.orElseThrow(() -> new ContentException(
                    "--server-ca needs the server: give --server and --token with it the first time"));
        }
        if (given == null) {
            stored.flatMap(KioskCredentials::serverCa).ifPresent(ServerTrust::pinned);
            return stored;
        }
        if (serverCa != null) {
            given = given.withServerCa(copyCa(dataDir, serverCa));
        }
        given.store(dataDir);
        return Optional.of(given);
    }

    /**
     * The sync settings for {@code credentials}: their servers and token, https servers trusted by the pinned CA
     * when there is one (else the JDK's CAs), and the defaults of {@link SyncSettings#defaults}.
     */
    public static SyncSettings settings(KioskCredentials credentials, String appVersion, Supplier<VoiceReport> voice) {
        SSLContext tls = credentials.serverCa().map(ServerTrust::pinned).orElseGet(ServerTrust::system);
        return SyncSettings.defaults(credentials.servers(), credentials.token(), appVersion, voice).withTls(tls);
    }

    /** Copies {@code pem} to {@code DATA/server-ca.pem}, readable by the owner only; returns the copy. */
    private static Path copyCa(Path dataDir, Path pem) {
        Path dir = DataDirectory.createPrivate(dataDir);
        Path target = dir.resolve(KioskCredentials.CA_FILE_NAME);
        Path tmp = dir.resolve(KioskCredentials.CA_FILE_NAME + ".tmp");
        try {
            if (Files.exists(target) && Files.isSameFile(pem, target)) {
                return target;
            }
            Files.deleteIfExists(tmp);
            KioskCredentials.createPrivate(tmp);
            Files.write(tmp, Files.readAllBytes(pem));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ContentException("cannot copy the server CA " + pem + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
