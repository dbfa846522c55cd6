package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's log may name residents: it is created owner-only before logback appends to it. */
class KioskLoggingTest {
    @TempDir
    Path dir;

    @Test
    void theLogFileIsCreatedOwnerOnlyInAnOwnerOnlyDirectory() throws Exception {
        String before = System.getProperty(KioskLogging.PROPERTY);
        try {
            KioskLogging.toDirectory(dir.resolve("data"));
            Path log = dir.resolve("data").resolve("logs").resolve(KioskLogging.FILE_NAME);
            assertThat(log).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())))
                    .isEqualTo("rwx------");
            assertThat(System.getProperty(KioskLogging.PROPERTY)).isEqualTo(log.getParent().toString());
        } finally {
            if (before == null) {
                System.clearProperty(KioskLogging.PROPERTY);
            } else {
                System.setProperty(KioskLogging.PROPERTY, before);
            }
        }
    }
}
