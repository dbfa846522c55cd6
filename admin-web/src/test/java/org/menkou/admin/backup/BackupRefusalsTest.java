package org.menkou.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;

/**
 * What backup and restore refuse, on real SQLite files, and that a forced restore keeps what it replaces. (A restore
 * under a running server process is refused in BackupRestoreIT.)
 */
@Tag("sqlite")
class BackupRefusalsTest {
    @TempDir
    Path dir;

    private final BackupWriter writer = new BackupWriter(Clock.systemUTC());
    private final Restorer restorer = new Restorer(Clock.systemUTC());

    @Test
    void aKioskDirectoryOrAMissingOneIsNotBackedUp() {
        Path kiosk = dir.resolve("kiosk");
        ContentStore.open(Database.openIn(kiosk)).database().close();
        assertThatThrownBy(() -> writer.write(kiosk, dir.resolve("k.zip"))).isInstanceOf(BackupException.class)
                .hasMessageContaining("is not a server data directory").hasMessageContaining("no admin tables");
        assertThatThrownBy(() -> writer.write(dir.resolve("nothing"), dir.resolve("n.zip")))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not a directory");
        assertThat(dir.resolve("k.zip")).doesNotExist();
        assertThat(dir.resolve("n.zip")).doesNotExist();
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingChanges() throws IOException {
        Path archive = backUpAServer();
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 2] ^= 0x55;
        Path damaged = Files.write(dir.resolve("damaged.zip"), bytes);
        assertThatThrownBy(() -> restorer.restore(damaged, dir.resolve("restored"), false))
                .isInstanceOf(BackupException.class).hasMessageContaining("is damaged or not a Menkou backup")
                .hasMessageContaining("nothing was restored");
        assertThat(dir.resolve("restored")).doesNotExist();
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> new BackupReader().verify(notZip)).isInstanceOf(BackupException.class)
                .hasMessageContaining("is damaged or not a Menkou backup");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging directory left behind")
                    .noneMatch(n -> n.contains(".restoring-"));
        }
    }

    @Test
    void aDirectoryWithFilesNeedsForceAndKeepsThemAside() throws IOException {
        Path archive = backUpAServer();
        Path data = dir.resolve("server");
        assertThatThrownBy(() -> restorer.restore(archive, data, false)).isInstanceOf(BackupException.class)
                .hasMessageContaining("is not empty").hasMessageContaining("--force");
        byte[] before = Files.readAllBytes(data.resolve(Database.FILE_NAME));

        Restorer.Restored restored = restorer.restore(archive, data, true);

        Path aside = restored.movedAside().orElseThrow();
        assertThat(aside.getParent()).isEqualTo(data);
        assertThat(Files.readAllBytes(aside.resolve(Database.FILE_NAME))).as("kept, not deleted").isEqualTo(before);
        assertThat(data.resolve(Database.FILE_NAME)).exists();
        assertThat(Files.getPosixFilePermissions(data.resolve(Database.FILE_NAME)))
                .containsExactlyInAnyOrderElementsOf(org.menkou.content.DataDirectory.OWNER_ONLY_FILE);
        assertThat(restorer.restore(archive, data, true).movedAside()).as("earlier asides stay where they are")
                .hasValueSatisfying(p -> assertThat(p.resolve(aside.getFileName())).doesNotExist());
    }

    @Test
    void aBackupANewerMenkouMadeIsRefusedBeforeAnythingChanges() throws Exception {
        assertThat(ServerDataDir.ADMIN_AREA).isEqualTo(AdminApp.MIGRATIONS);
        Path data = dir.resolve("server");
        new AdminFixture(data).store.database().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + ServerDataDir.ADMIN_HISTORY + " (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '9001',"
                    + " 'kiosk groups', 'SQL', 'V9001__kiosk_groups.sql', 0, 'menkou', 1, 1 FROM "
                    + ServerDataDir.ADMIN_HISTORY);
        }
        Path archive = dir.resolve("newer.zip");
        writer.write(data, archive);

        assertThatThrownBy(() -> restorer.restore(archive, dir.resolve("restored"), false))
                .isInstanceOf(BackupException.class).hasMessageContaining("made by a newer Menkou")
                .hasMessageContaining("admin V9001 kiosk groups");
        assertThat(dir.resolve("restored")).doesNotExist();
        byte[] before = Files.readAllBytes(data.resolve(Database.FILE_NAME));
        assertThatThrownBy(() -> restorer.restore(archive, data, true)).isInstanceOf(BackupException.class);
        assertThat(Files.readAllBytes(data.resolve(Database.FILE_NAME))).as("the data directory is untouched")
                .isEqualTo(before);
    }

    private Path backUpAServer() {
        Path data = dir.resolve("server");
        new AdminFixture(data).store.database().close();
        Path archive = dir.resolve("b.zip");
        BackupManifest manifest = writer.write(data, archive);
        assertThat(manifest.members()).containsKey(Database.FILE_NAME);
        return archive;
    }
}
