package org.menkou.admin.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.menkou.content.DataDirectory;
import org.menkou.content.db.Database;
import org.sqlite.SQLiteConfig;

/**
 * Brings a backup archive back as a server data directory. Nothing is changed until the archive has been checked
 * whole: its members are written to a private staging directory beside the data directory, checked against the
 * manifest and the database's integrity, the database's void content versions recorded ({@link LostVersions}), and
 * only then the staging directory renamed into place. Refuses while a server runs on the data directory, and refuses a
 * data directory with files in it unless forced; forced, the old directory is renamed aside, never deleted.
 * Blocking; any thread.
 */
public final class Restorer {
    /** What a restore did. {@code movedAside}: where the old data directory went, if it had files. */
    public record Restored(BackupManifest manifest, Optional<Path> movedAside) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Clock clock;

    public Restorer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Restores {@code archive} as the data directory {@code dataDir}.
     *
     * @param force move an existing data directory with files in it aside instead of refusing
     * @throws BackupException when the archive is damaged, a server runs on {@code dataDir}, or it has files and not
     *                         {@code force}; nothing in {@code dataDir} was changed then
     */
    public Restored restore(Path archive, Path dataDir, boolean force) {
        Path target = dataDir.toAbsolutePath().normalize();
        Path parent = DataDirectory.createPrivate(target.getParent());
        DataDirLock lock = null;
        Path staging = null;
        try {
            if (Files.isDirectory(target)) {
                lock = DataDirLock.tryExclusive(target);
                if (lock == null) {
                    throw new BackupException("a Menkou server is running on " + target
                            + "; stop it first (systemctl stop menkou-server), then restore");
                }
                if (hasFiles(target) && !force) {
                    throw new BackupException(target + " is not empty; restore into an empty or missing directory, or add"
                            + " --force to move its files aside to " + target.getFileName() + ".before-restore-…");
                }
            } else if (Files.exists(target)) {
                throw new BackupException(target + " is a file, not a data directory");
            }
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".restoring-",
                    PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_DIR));
            BackupManifest manifest = new BackupReader().extract(archive, staging);
            prepareDatabase(staging.resolve(Database.FILE_NAME), manifest.contentVersion());
            Optional<Path> aside = clear(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            Sha256.syncDirectory(parent);
            return new Restored(manifest, aside);
        } catch (IOException | SQLException e) {
            throw new BackupException("cannot restore " + archive + " to " + target + ": " + e.getMessage(), e);
        } finally {
            if (lock != null) {
                lock.close();
            }
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** True when {@code dir} holds anything but a stopped server's lock file. */
    private static boolean hasFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> !p.getFileName().toString().equals(DataDirLock.FILE_NAME));
        }
    }

    /** Makes way for the restored directory: an empty one goes, one with files is renamed aside (returned). */
    private Optional<Path> clear(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        if (!hasFiles(target)) {
            Files.deleteIfExists(target.resolve(DataDirLock.FILE_NAME));
            Files.delete(target);
            return Optional.empty();
        }
        Path aside = target.resolveSibling(target.getFileName() + ".before-restore-"
                + LocalDateTime.now(clock).format(STAMP));
        for (int n = 2; Files.exists(aside); n++) {
            aside = target.resolveSibling(target.getFileName() + ".before-restore-"
                    + LocalDateTime.now(clock).format(STAMP) + "-" + n);
        }
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(aside);
    }

    /**
     * Checks the restored database's integrity and voids the content versions after the backup's: the next version
     * given out is {@link LostVersions#SKIP} past it, and the range is recorded for the content feed.
     */
    static void prepareDatabase(Path file, long contentVersion) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new BackupException("the database in the backup fails its integrity check: " + result);
                }
            }
            c.setAutoCommit(false);
            Optional<String> ranges;
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                s.setString(1, LostVersions.META);
                try (ResultSet rs = s.executeQuery()) {
                    ranges = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
            execute(c, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    LostVersions.META, LostVersions.withRestoreAt(ranges, contentVersion));
            long next = contentVersion + LostVersions.SKIP;
            if (execute(c, "UPDATE sqlite_sequence SET seq = ? WHERE name = 'content_change'", next) == 0) {
                execute(c, "INSERT INTO sqlite_sequence (name, seq) VALUES ('content_change', ?)", next);
            }
            c.commit();
        }
    }

    private static int execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a private staging directory left behind; its name says what it is
        }
    }
}
