package org.menkou.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.testing.PrivateFilesProbe;
import org.menkou.kiosk.testing.KioskDataProbe;

/**
 * A kiosk's data directory under umask 000 (a child JVM started by a shell that set it): directories 0700,
 * the database with its WAL and shared-memory files and the credentials 0600.
 */
@Tag("integration")
class KioskDataDirectoryPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void aKiosksDataDirectoryIsPrivateWhateverTheUmask() throws Exception {
        Path data = tmp.resolve("new").resolve("kiosk-data");
        List<String> lines = PrivateFilesProbe.underUmask000(KioskDataProbe.class.getName(), data.toString());
        assertThat(lines).anyMatch(l -> l.endsWith("/menkou.db")).anyMatch(l -> l.endsWith("/menkou.db-wal"))
                .anyMatch(l -> l.endsWith("/sync.properties"));
        for (String line : lines) {
            String mode = line.substring(0, 9);
            Path path = Path.of(line.substring(10));
            assertThat(mode).as(line).isEqualTo(path.toFile().isDirectory() ? "rwx------" : "rw-------");
        }
        assertThat(java.nio.file.Files.getPosixFilePermissions(data.getParent()))
                .as("a parent created on the way").isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
}
