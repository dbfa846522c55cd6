package org.menkou.kiosk.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.ReleaseManifest;
import org.menkou.content.protocol.UpdateReport;
import org.menkou.content.protocol.UpdateReport.UpdateState;
import org.menkou.content.release.ReleaseException;
import org.menkou.content.release.ReleaseSigning;
import org.menkou.kiosk.background.BackgroundLoop;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.sync.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safe software updates of a kiosk started by {@code menkou-kiosk-start}. A loop ("kiosk-update") asks the server
 * every interval (and after {@link #wake}) which release is assigned to this kiosk; one that differs from the running
 * version, and was neither refused nor rolled back here before, is downloaded to a temporary file, checked (size,
 * SHA-256, Ed25519 signature by the pinned {@link ReleaseKeyPin release key}) and kept ({@link ReleaseFiles}), or
 * refused for good. A kept release is switched to only when the kiosk is idle: nothing but heartbeats waiting in the
 * outbox, and the {@link SwitchGate} says so on the UI thread; the switch writes previous/current/trial and ends the
 * kiosk, which exits with {@value #RESTART_EXIT} and is started again on the new release. A release on trial is
 * confirmed (its trial file deleted) once the UI is up and a sync round succeeded; the start script rolls back one
 * that is not confirmed in time. {@link #report()} is the state for heartbeats.
 */
public final class KioskUpdater implements AutoCloseable {
    /** The exit status that asks for a restart (the systemd unit and {@code ./menkou} start the kiosk again). */
    public static final int RESTART_EXIT = 75;
    /** The system property the start script sets to the release it runs ({@value ReleaseFiles#PACKAGED} or a version). */
    public static final String RELEASE_PROPERTY = "menkou.release";
    /** The system property the start script sets, on the packaged jar, to the Debian package's version. */
    public static final String PACKAGED_VERSION_PROPERTY = "menkou.packaged-version";
    /** The largest release jar downloaded, in bytes. */
    public static final long MAX_JAR_BYTES = 200L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(KioskUpdater.class);

    private final ReleaseFiles files;
    private final ReleaseKeyPin pin;
    private final SyncClient client;
    private final Outbox outbox;
    private final String running;
    private final String reported;
    private final Clock clock;
    private final BackgroundLoop loop;
    private volatile SwitchGate gate;
    private volatile boolean uiUp;
    private volatile boolean synced;
    private volatile UpdateReport report;

    /**
     * @param running  the release the start script runs ({@value ReleaseFiles#PACKAGED} or a version)
     * @param reported the version heartbeats report as running (the built-in one for the packaged jar)
     */
    KioskUpdater(ReleaseFiles files, ReleaseKeyPin pin, SyncClient client, Outbox outbox, String running,
                 String reported, Duration every, Clock clock) {
        this.files = files;
        this.pin = pin;
        this.client = client;
        this.outbox = outbox;
        this.running = running;
        this.reported = reported;
        this.clock = clock;
        this.loop = new BackgroundLoop("kiosk-update", Duration.ofSeconds(15), woken -> pass(every));
        this.report = initialReport();
    }

    /**
     * Starts updating when this kiosk was started by the start script ({@value #RELEASE_PROPERTY} set); empty
     * otherwise (nobody would start the new release). The caller closes it.
     *
     * @param builtIn the version built into this jar
     */
    public static Optional<KioskUpdater> start(Path dataDir, SyncClient client, Outbox outbox, String builtIn,
                                               Duration every) {
        String release = System.getProperty(RELEASE_PROPERTY);
        if (release == null || release.isBlank()) {
            return Optional.empty();
        }
        KioskUpdater u = new KioskUpdater(new ReleaseFiles(dataDir), new ReleaseKeyPin(dataDir), client, outbox,
                release, appVersion(builtIn), every, Clock.systemUTC());
        u.loop.start();
        return Optional.of(u);
    }

    /**
     * The version a kiosk reports: the start script's release when it names one; on the packaged jar the package's
     * version ({@value #PACKAGED_VERSION_PROPERTY}) when the script found one; else the built-in version.
     */
    public static String appVersion(String builtIn) {
        String release = System.getProperty(RELEASE_PROPERTY);
        if (release != null && !release.isBlank() && !ReleaseFiles.PACKAGED.equals(release)) {
            return release;
        }
        String packaged = System.getProperty(PACKAGED_VERSION_PROPERTY);
        return packaged == null || packaged.isBlank() ? builtIn : packaged;
    }

    /** The update state for the next heartbeat; any thread. */
    public UpdateReport report() {
        return report;
    }

    /** Switches go through {@code value} from now on; until then none is made. */
    public void attach(SwitchGate value) {
        gate = value;
        uiUp = true;
        loop.wake();
    }

    /** A sync round succeeded; any thread, returns at once. */
    public void syncSucceeded() {
        if (!synced) {
            synced = true;
            loop.wake();
        }
    }

    /** Asks the server again now. */
    public void wake() {
        loop.wake();
    }

    public boolean restartRequested() {
        SwitchGate g = gate;
        return g != null && g.restartRequested();
    }

    @Override
    public void close() {
        loop.close();
    }

    private UpdateReport initialReport() {
        Optional<String> previous = files.previous();
        if (files.trial().filter(t -> t.version().equals(running)).isPresent()) {
            return state(UpdateState.TRIAL, running, null);
        }
        return files.rolledBack().map(r -> state(UpdateState.ROLLED_BACK, r.version(), r.reason()))
                .orElseGet(() -> new UpdateReport(UpdateState.CURRENT, reported, previous.orElse(null), null, null));
    }

    private UpdateReport state(UpdateState state, String target, String detail) {
        return new UpdateReport(state, reported, files.previous().orElse(null), target, detail);
    }

    private Duration pass(Duration every) {
        try {
            check();
        } catch (SyncException e) {
            log.info("update check failed: {}", e.getMessage());
        } catch (ReleaseException e) {
            log.warn("update failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return every;
    }

    /** One pass on the loop's thread: confirm a trial, then fetch, check, keep and switch to the assigned release. */
    void check() throws InterruptedException {
        confirmTrial();
        Optional<ReleaseManifest> offer = client.release();
        if (offer.isEmpty() || offer.get().version().equals(running) || !ReleaseManifest.validVersion(offer.get().version())) {
            boolean onTrial = files.trial().filter(t -> t.version().equals(running)).isPresent();
            report = onTrial ? state(UpdateState.TRIAL, running, null) : state(UpdateState.CURRENT, null, null);
            return;
        }
        ReleaseManifest m = offer.get();
        Optional<ReleaseFiles.RolledBack> back = files.rolledBack().filter(r -> r.version().equals(m.version()));
        if (back.isPresent()) {
            report = state(UpdateState.ROLLED_BACK, m.version(), back.get().reason());
            return;
        }
        String refused = files.refused().get(m.version());
        if (refused != null) {
            report = state(UpdateState.REFUSED, m.version(), refused);
            return;
        }
        if (!keep(m)) {
            return;
        }
        report = state(UpdateState.STAGED, m.version(), null);
        switchWhenIdle(m);
    }

    private void confirmTrial() {
        if (uiUp && synced && files.trial().filter(t -> t.version().equals(running)).isPresent()) {
            files.healthy();
            log.info("release {} is healthy: it stays", running);
            report = state(UpdateState.CURRENT, null, null);
        }
    }

    /** Downloads and checks {@code m} unless kept already; false when it was refused (recorded for good). */
    private boolean keep(ReleaseManifest m) {
        Path jar = files.jar(m.version());
        PublicKey key = pin.key(() -> client.releaseKey().publicKey());
        if (Files.exists(jar)) {
            return checked(m, jar, key);
        }
        report = state(UpdateState.DOWNLOADING, m.version(), null);
        Path tmp = files.download(m.version());
        try {
            if (m.size() > MAX_JAR_BYTES) {
                throw new ReleaseException("release " + m.version() + " is larger than " + MAX_JAR_BYTES + " bytes");
            }
            client.download(KioskApiPaths.releaseJar(m.version()), tmp, m.size());
            if (!checked(m, tmp, key)) {
                return false;
            }
            files.install(m.version(), tmp);
            log.info("release {} downloaded and verified", m.version());
            return true;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                log.warn("cannot delete {}: {}", tmp, e.getMessage());
            }
        }
    }

    private boolean checked(ReleaseManifest m, Path jar, PublicKey key) {
        try {
            ReleaseSigning.verify(m, jar, key);
            return true;
        } catch (ReleaseException e) {
            log.warn("release {} refused: {}", m.version(), e.getMessage());
            files.refuse(m.version(), e.getMessage());
            report = state(UpdateState.REFUSED, m.version(), e.getMessage());
            return false;
        }
    }

    private void switchWhenIdle(ReleaseManifest m) throws InterruptedException {
        SwitchGate g = gate;
        boolean inFlight = outbox.pending(100).stream().anyMatch(e -> !Heartbeat.TYPE.equals(e.type()));
        if (g == null || inFlight) {
            return;
        }
        if (g.switchWhenIdle(() -> files.switchTo(m.version(), running, clock.instant()))) {
            log.info("switched from {} to {} while idle: restarting", running, m.version());
            report = state(UpdateState.TRIAL, m.version(), null);
        }
    }
}
