package org.menkou.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
    @TempDir
    Path dir;

    @Test
    void storesTheTokenOnceAndReusesItAndIsOfflineWithoutAServer(LoopbackPort closed) throws Exception {
        ContentStore store = ContentStore.open(Database.openIn(dir));
        assertThat(KioskSyncLauncher.start(dir, store, null, null, "t", () -> new VoiceReport(false, "x"),
                Duration.ofSeconds(30))).isEmpty();
        String token = "mk1.abcdefghijklmnopqrstuvwxyz0123456789";
        // A held port on loopback: nothing listens, so the kiosk is offline but keeps its content.
        try (KioskSync sync = KioskSyncLauncher.start(dir, store, closed.httpUrl(), token, "t",
                () -> new VoiceReport(false, "x"), Duration.ofSeconds(30)).orElseThrow()) {
            await("the first sync round ended").atMost(Duration.ofSeconds(10))
                    .until(() -> !sync.status().problem().startsWith("not yet"));
            assertThat(sync.isOnline()).isFalse();
            assertThat(sync.status().problem()).contains("unreachable");
        }
        Path file = dir.resolve(KioskCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KioskCredentials.load(dir)).hasValueSatisfying(c -> assertThat(c.token()).isEqualTo(token));
        try (KioskSync again = KioskSyncLauncher.start(dir, store, null, null, "t", () -> new VoiceReport(false, "x"),
                Duration.ofSeconds(30)).orElseThrow()) {
            assertThat(again.status()).isNotNull();
        }
        assertThatThrownBy(() -> KioskSyncLauncher.start(dir, store, URI.create("http://x/"), null, "t",
                () -> new VoiceReport(false, "x"), Duration.ofSeconds(1))).isInstanceOf(ContentException.class);
        assertThatThrownBy(() -> new KioskCredentials(URI.create("http://x/"), "short")).isInstanceOf(ContentException.class);
    }
}
