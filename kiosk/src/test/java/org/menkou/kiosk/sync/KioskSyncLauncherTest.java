package org.menkou.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.kiosk.sync.SyncSettings.VoiceReport;

@ExtendWith(LoopbackPort.Resolver.class)
class KioskSyncLauncherTest {
    private static final String TOKEN = "mk1.abcdefghijklmnopqrstuvwxyz0123456789";
    private static final URI A = URI.create("http://10.0.0.2:7080/");
    private static final URI B = URI.create("https://menkou.example/");

    @TempDir
    Path dir;

    /** A CA certificate (PEM) as an admin would hand it to the kiosk; its key was thrown away. */
    static Path testCa(Path into) throws Exception {
        Path file = into.resolve("given-ca.pem");
        try (InputStream in = KioskSyncLauncherTest.class.getResourceAsStream("test-ca.pem")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void storesTheTokenOnceAndReusesItAndIsOfflineWithoutAServer(LoopbackPort closed) throws Exception {
        ContentStore store = ContentStore.open(Database.openIn(dir));
        assertThat(KioskSyncLauncher.remember(dir, List.of(), null, null)).isEmpty();
        // A held port on loopback: nothing listens, so the kiosk is offline but keeps its content.
        KioskCredentials given = KioskSyncLauncher.remember(dir, List.of(closed.httpUrl()), TOKEN, null).orElseThrow();
        try (KioskSync sync = KioskSyncLauncher.start(store, given, "t", () -> new VoiceReport(false, "x"),
                Duration.ofSeconds(30))) {
            await("the first sync round ended").atMost(Duration.ofSeconds(10))
                    .until(() -> !sync.status().problem().startsWith("not yet"));
            assertThat(sync.isOnline()).isFalse();
            assertThat(sync.status().problem()).contains("unreachable");
        }
        Path file = dir.resolve(KioskCredentials.FILE_NAME);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(KioskCredentials.load(dir)).hasValueSatisfying(c -> assertThat(c.token()).isEqualTo(TOKEN));
        KioskCredentials again = KioskSyncLauncher.remember(dir, List.of(), null, null).orElseThrow();
        try (KioskSync sync = KioskSyncLauncher.start(store, again, "t", () -> new VoiceReport(false, "x"),
                Duration.ofSeconds(30))) {
            assertThat(sync.servers().all()).containsExactly(closed.httpUrl());
        }
        assertThatThrownBy(() -> KioskSyncLauncher.remember(dir, List.of(URI.create("http://x/")), null, null))
                .isInstanceOf(ContentException.class);
        assertThatThrownBy(() -> new KioskCredentials(URI.create("http://x/"), "short")).isInstanceOf(ContentException.class);
    }

    @Test
    void severalServersAndAPinnedCaAreKeptAndTheCaIsCopiedPrivately() throws Exception {
        Path given = testCa(Files.createDirectory(dir.resolve("handed-over")));
        Path data = dir.resolve("kiosk");
        KioskCredentials first = KioskSyncLauncher.remember(data, List.of(A, B), TOKEN, given).orElseThrow();

        Path copy = data.resolve(KioskCredentials.CA_FILE_NAME);
        assertThat(first.servers()).containsExactly(A, B);
        assertThat(first.serverCa()).contains(copy.toAbsolutePath());
        assertThat(copy).hasSameBinaryContentAs(given);
        assertThat(mode(copy)).isEqualTo("rw-------");
        String stored = Files.readString(data.resolve(KioskCredentials.FILE_NAME), StandardCharsets.ISO_8859_1);
        assertThat(stored).contains("server-ca=" + KioskCredentials.CA_FILE_NAME).contains("servers=");
        Files.delete(given);

        assertThat(KioskSyncLauncher.remember(data, List.of(), null, null)).as("the next start needs no flags")
                .contains(first);
        SyncSettings settings = KioskSyncLauncher.settings(first, "t", () -> new VoiceReport(false, "x"));
        assertThat(settings.servers()).containsExactly(A, B);
        assertThat(settings.tls()).isNotSameAs(ServerTrust.system());
        assertThat(settings.retryPreferred()).isEqualTo(SyncSettings.RETRY_PREFERRED);

        KioskCredentials moved = KioskSyncLauncher.remember(data, List.of(B), TOKEN, null).orElseThrow();
        assertThat(moved.servers()).containsExactly(B);
        assertThat(moved.serverCa()).as("new servers keep the pinned CA").contains(copy.toAbsolutePath());
    }

    @Test
    void anOldFileWithOneServerIsStillRead() throws Exception {
        Files.writeString(dir.resolve(KioskCredentials.FILE_NAME), "#old kiosk\nserver=http\\://10.0.0.2\\:7080\ntoken="
                + TOKEN + "\n");
        KioskCredentials old = KioskCredentials.load(dir).orElseThrow();
        assertThat(old.servers()).containsExactly(A);
        assertThat(old.server()).isEqualTo(A);
        assertThat(old.serverCa()).isEmpty();
    }

    @Test
    void aBadCaFileIsRefusedInOneLineBeforeAnythingIsWritten() throws Exception {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "this is not a certificate\n");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        Path data = dir.resolve("kiosk");
        for (Path bad : List.of(notPem, empty, dir.resolve("missing.pem"))) {
            assertThatThrownBy(() -> KioskSyncLauncher.remember(data, List.of(A), TOKEN, bad))
                    .isInstanceOf(ContentException.class)
                    .hasMessageStartingWith("server CA " + bad + ": ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertThat(data.resolve(KioskCredentials.FILE_NAME)).doesNotExist();
        assertThatThrownBy(() -> KioskSyncLauncher.remember(data, List.of(), null, testCa(dir)))
                .isInstanceOf(ContentException.class).hasMessageContaining("--server");
    }

    @Test
    void aStoredCaThatWentMissingStopsTheStartWithItsName() throws Exception {
        KioskSyncLauncher.remember(dir, List.of(B), TOKEN, testCa(Files.createDirectory(dir.resolve("in"))));
        Files.delete(dir.resolve(KioskCredentials.CA_FILE_NAME));
        assertThatThrownBy(() -> KioskSyncLauncher.remember(dir, List.of(), null, null))
                .isInstanceOf(ContentException.class).hasMessageContaining(KioskCredentials.CA_FILE_NAME)
                .hasMessageContaining("no such file");
        assertThat(ServerTrust.pinned(testCa(dir)).getProtocol()).isEqualTo("TLS");
    }
}
