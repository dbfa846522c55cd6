package org.menkou.admin.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.menkou.content.DataDirectory;
import org.menkou.content.db.Database;
import org.sqlite.SQLiteConfig;

/**
 * Brings a backup archive back as a server data directory. Nothing is changed until the archive has been checked
 * whole: its members are written to a private staging directory (inside the data directory when it exists, so the
 * directory itself, its owner and mode stay as the service manager made them; else beside it), checked against the
 * manifest and the database's integrity, the database's void content versions recorded ({@link LostVersions}), and only
 * then moved into place. Refuses while a server runs on the data directory, and refuses one with files in it unless
 * forced; forced, its files (the old database with its -wal and -shm files among them) are first moved into
 * {@code DATA/before-restore-TIMESTAMP/}, never deleted. Refuses a backup whose database a newer Menkou migrated. Run
 * as root, the restored files get the data directory's owner and group. Blocking; any thread.
 */
public final class Restorer {
    /** What a restore did. {@code movedAside}: where the data directory's earlier files went, if it had any. */
    public record Restored(BackupManifest manifest, Optional<Path> movedAside) {
    }

    /** Name prefix of the directory inside the data directory that takes its files at a forced restore. */
    public static final String ASIDE_PREFIX = "before-restore-";
    private static final String STAGING_PREFIX = ".restoring-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Clock clock;

    public Restorer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Restores {@code archive} as the data directory {@code dataDir}.
     *
     * @param force move the files of a data directory that has any aside instead of refusing
     * @throws BackupException when the archive is damaged, a server runs on {@code dataDir}, or it has files and not
     *                         {@code force}; nothing in {@code dataDir} was changed then
     */
    public Restored restore(Path archive, Path dataDir, boolean force) {
        Path target = dataDir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BackupException(target + " is a file, not a data directory");
        }
        boolean exists = Files.isDirectory(target);
        DataDirLock lock = exists ? DataDirLock.tryExclusive(target) : null;
        if (exists && lock == null) {
            throw new BackupException("a Menkou server is running on " + target
                    + "; stop it first (systemctl stop menkou-server), then restore");
        }
        Path staging = null;
        try {
            if (exists && !earlierFiles(target, null).isEmpty() && !force) {
                throw new BackupException(target + " is not empty; restore into an empty or missing directory, or add"
                        + " --force to move its files into " + target.resolve(ASIDE_PREFIX + "…"));
            }
            Path home = exists ? target : DataDirectory.createPrivate(target.getParent());
            staging = Files.createTempDirectory(home, exists ? STAGING_PREFIX : "." + target.getFileName() + STAGING_PREFIX,
                    PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_DIR));
            BackupManifest manifest = new BackupReader().extract(archive, staging);
            ServerDataDir.requireKnownSchema(staging.resolve(Database.FILE_NAME));
            prepareDatabase(staging.resolve(Database.FILE_NAME), manifest.contentVersion());
            Optional<Path> aside = Optional.empty();
            if (exists) {
                aside = moveAside(target, staging);
                moveInto(staging, target);
                Files.delete(staging);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            staging = null;
            Sha256.syncDirectory(target);
            Sha256.syncDirectory(target.getParent());
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

    /**
     * The files of {@code dir} a restore would replace: all but a stopped server's lock file, earlier restores'
     * aside directories and staging directories ({@code staging} among them).
     */
    private static List<Path> earlierFiles(Path dir, Path staging) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.equals(staging)).filter(p -> {
                String name = p.getFileName().toString();
                return !name.equals(DataDirLock.FILE_NAME) && !name.startsWith(ASIDE_PREFIX)
                        && !name.startsWith(STAGING_PREFIX);
            }).toList();
        }
    }

    /** Moves the earlier files of {@code target} into a new {@code before-restore-…} directory in it (returned). */
    private Optional<Path> moveAside(Path target, Path staging) throws IOException {
        List<Path> earlier = earlierFiles(target, staging);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = target.resolve(ASIDE_PREFIX + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = target.resolve(ASIDE_PREFIX + stamp + "-" + n);
        }
        Files.createDirectory(aside, PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_DIR));
        for (Path p : earlier) {
            Files.move(p, aside.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        return Optional.of(aside);
    }

    /** Moves the restored files from {@code staging} into {@code target}, owned like {@code target} (as root). */
    private static void moveInto(Path staging, Path target) throws IOException {
        PosixFileAttributes owner = Files.readAttributes(target, PosixFileAttributes.class);
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                if (!view.getOwner().equals(owner.owner()) || !view.readAttributes().group().equals(owner.group())) {
                    view.setOwner(owner.owner());
                    view.setGroup(owner.group());
                }
            }
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path p : files.toList()) {
                Files.move(p, target.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
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
