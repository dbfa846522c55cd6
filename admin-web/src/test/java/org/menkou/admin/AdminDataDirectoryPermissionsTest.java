package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.InitialAdmin;
import org.menkou.admin.testing.AdminDataProbe;
import org.menkou.content.testing.PrivateFilesProbe;

/** The admin server's data directory under umask 000: the directory 0700, database and password file 0600. */
@Tag("integration")
@Tag("sqlite")
class AdminDataDirectoryPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void theServersDataDirectoryIsPrivateWhateverTheUmask() throws Exception {
        Path data = tmp.resolve("server-data");
        List<String> lines = PrivateFilesProbe.underUmask000(AdminDataProbe.class.getName(), data.toString());
        assertThat(lines).anyMatch(l -> l.endsWith("/menkou.db")).anyMatch(l -> l.endsWith("/menkou.db-wal"))
                .anyMatch(l -> l.endsWith("/" + InitialAdmin.FILE_NAME));
        for (String line : lines) {
            String path = line.substring(10);
            assertThat(line.substring(0, 9)).as(line).isEqualTo(new File(path).isDirectory() ? "rwx------" : "rw-------");
        }
    }
}
