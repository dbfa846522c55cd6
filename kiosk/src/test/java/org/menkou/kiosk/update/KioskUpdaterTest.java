package org.menkou.kiosk.update;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.ReleaseKey;
import org.menkou.content.protocol.ReleaseManifest;
import org.menkou.content.protocol.UpdateReport.UpdateState;
import org.menkou.content.release.ReleaseSigning;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncClient;

/**
 * The updater against a small real HTTP server standing in for the admin server's three release routes: it keeps only
 * verified releases, never fetches a refused or rolled-back one again, switches only when idle with nothing in
 * flight, pins the release key on first use, and confirms a trial once the UI is up and a sync round succeeded.
 */
class KioskUpdaterTest {
    @TempDir
    Path dir;
    private final KeyPair district = ReleaseSigning.generate();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicBoolean idle = new AtomicBoolean(true);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile ReleaseManifest offered;
    private volatile byte[] jar;
    private volatile String serverKey;
    private HttpServer server;
    private Database database;
    private Outbox outbox;
    private ReleaseFiles files;

    @BeforeEach
    void start() throws IOException {
        serverKey = ReleaseSigning.encodePublic(district.getPublic());
        ObjectMapper json = new ObjectMapper();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            if (path.endsWith("/release-key")) {
                body = json.writeValueAsBytes(new ReleaseKey(serverKey));
            } else if (path.endsWith("/release") && offered != null) {
                body = json.writeValueAsBytes(offered);
            } else if (offered != null && path.endsWith("/releases/" + offered.version() + "/jar")) {
                downloads.incrementAndGet();
                body = jar;
            } else {
                exchange.sendResponseHeaders(path.endsWith("/release") ? 204 : 404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        database = Database.openSqlite(dir.resolve("kiosk.db"));
        outbox = Outbox.open(database, Clock.systemUTC());
        files = new ReleaseFiles(dir);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        database.close();
    }

    private KioskUpdater updater(String running) {
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "t");
        KioskUpdater u = new KioskUpdater(files, new ReleaseKeyPin(dir), client, outbox, running,
                ReleaseFiles.PACKAGED.equals(running) ? "0.1.0" : running, Duration.ofMinutes(5), Clock.systemUTC());
        u.attach(new SwitchGate(Runnable::run, idle::get, () -> stopped.set(true)));
        return u;
    }

    private void offer(String version, KeyPair signer) throws IOException {
        jar = ("PK\3\4 kiosk " + version).getBytes();
        Path tmp = Files.write(dir.resolve("offer.jar"), jar);
        offered = ReleaseSigning.sign(version, tmp, signer.getPrivate());
    }

    @Test
    void aVerifiedReleaseWaitsForAnIdleKioskWithNothingInFlightThenSwitchesOnTrial() throws Exception {
        offer("1.1", district);
        KioskUpdater u = updater(ReleaseFiles.PACKAGED);
        idle.set(false);
        u.check();
        assertThat(u.report().state()).isEqualTo(UpdateState.STAGED);
        assertThat(files.jar("1.1")).hasBinaryContent(jar);
        idle.set(true);
        String booking = outbox.add("booking", Map.of("meal", "m1"));
        u.check();
        assertThat(stopped).as("a booking waits to be sent").isFalse();
        assertThat(files.current()).isEmpty();
        outbox.rejected(java.util.List.of(booking), "test", "set aside");
        u.check();
        assertThat(stopped).isTrue();
        assertThat(u.restartRequested()).isTrue();
        assertThat(files.current()).hasValue("1.1");
        assertThat(files.previous()).hasValue(ReleaseFiles.PACKAGED);
        assertThat(files.trial()).get().satisfies(t -> assertThat(t.starts()).isZero());
        assertThat(u.report()).satisfies(r -> {
            assertThat(r.state()).isEqualTo(UpdateState.TRIAL);
            assertThat(r.target()).isEqualTo("1.1");
            assertThat(r.running()).isEqualTo("0.1.0");
        });
        assertThat(downloads).as("kept after the first download").hasValue(1);
        assertThat(dir.resolve(ReleaseKeyPin.FILE)).as("pinned on first use").exists();
    }

    @Test
    void aReleaseSignedByAnotherKeyIsRefusedForGoodAndThePinnedKeyIsNeverReplaced() throws Exception {
        idle.set(false);
        offer("1.1", district);
        updater(ReleaseFiles.PACKAGED).check();
        String pinned = Files.readString(dir.resolve(ReleaseKeyPin.FILE));
        KeyPair stranger = ReleaseSigning.generate();
        serverKey = ReleaseSigning.encodePublic(stranger.getPublic());
        offer("1.2", stranger);
        KioskUpdater u = updater(ReleaseFiles.PACKAGED);
        u.check();
        u.check();
        assertThat(u.report().state()).isEqualTo(UpdateState.REFUSED);
        assertThat(u.report().detail()).contains("bad signature");
        assertThat(downloads).as("1.1 once, 1.2 once and never again").hasValue(2);
        assertThat(files.jar("1.2")).doesNotExist();
        assertThat(files.refused()).containsKey("1.2");
        assertThat(Files.readString(dir.resolve(ReleaseKeyPin.FILE))).isEqualTo(pinned);
        assertThat(stopped).isFalse();
    }

    @Test
    void aRolledBackReleaseIsReportedAndNotInstalledAgain() throws Exception {
        offer("1.3", district);
        Files.createDirectories(files.directory());
        Files.writeString(files.directory().resolve("rolled-back"), "version=1.3\nreason=not healthy after 3 starts\nat=1\n");
        KioskUpdater u = updater("1.1");
        assertThat(u.report().state()).isEqualTo(UpdateState.ROLLED_BACK);
        u.check();
        assertThat(u.report()).satisfies(r -> {
            assertThat(r.state()).isEqualTo(UpdateState.ROLLED_BACK);
            assertThat(r.target()).isEqualTo("1.3");
            assertThat(r.detail()).contains("3 starts");
        });
        assertThat(downloads).hasValue(0);
        assertThat(stopped).isFalse();
    }

    @Test
    void aTrialIsConfirmedOnlyOnceTheUiIsUpAndASyncRoundSucceeded() throws Exception {
        files.switchTo("1.1", ReleaseFiles.PACKAGED, java.time.Instant.now());
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "t");
        KioskUpdater u = new KioskUpdater(files, new ReleaseKeyPin(dir), client, outbox, "1.1", "1.1",
                Duration.ofMinutes(5), Clock.systemUTC());
        assertThat(u.report().state()).isEqualTo(UpdateState.TRIAL);
        u.syncSucceeded();
        u.check();
        assertThat(files.trial()).as("the UI is not up yet").isPresent();
        u.attach(new SwitchGate(Runnable::run, idle::get, () -> stopped.set(true)));
        u.check();
        assertThat(files.trial()).isEmpty();
        assertThat(u.report().state()).isEqualTo(UpdateState.CURRENT);
        assertThat(u.report().previous()).isEqualTo(ReleaseFiles.PACKAGED);
    }
}
