package org.menkou.admin.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.menkou.admin.auth.InitialAdmin;
import org.menkou.content.DataDirectory;
import org.menkou.content.card.CardKeyFiles;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.release.ReleaseKeyFiles;

/**
 * Makes a backup archive of a running server's data directory: a consistent copy of the SQLite database taken with
 * {@code VACUUM INTO} on the server's own connection settings (WAL: the server goes on reading and writing while it
 * runs; the copy is one read transaction, so it holds every commit made before it began and none made after), checked
 * with {@code PRAGMA integrity_check}, plus the card- and release-signing keys and the initial admin password file. The archive is a
 * zip written to a temporary name beside the target, fsync'd, given mode 0600 and renamed into place, so a reader never
 * sees half an archive. Blocking; any thread.
 */
public final class BackupWriter {
    static final String DATABASE_ENTRY = Database.FILE_NAME;
    /** Files of the data directory besides the database that a restored server needs, relative to it. */
    static final List<String> KEPT_FILES = List.of(CardKeyFiles.DIRECTORY + "/" + CardKeyFiles.PRIVATE_FILE,
            CardKeyFiles.DIRECTORY + "/" + CardKeyFiles.PUBLIC_FILE,
            CardKeyFiles.DIRECTORY + "/" + ReleaseKeyFiles.PRIVATE_FILE, CardKeyFiles.DIRECTORY + "/" + ReleaseKeyFiles.PUBLIC_FILE,
            InitialAdmin.FILE_NAME);
    private final ObjectMapper json = SyncJson.strict();
    private final Clock clock;

    public BackupWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Backs up the server data directory {@code dataDir} into {@code target} (replaced if it exists).
     *
     * @throws BackupException when {@code dataDir} is not a server's, the copy fails its check, or a file cannot be
     *                         written (then no archive is left at {@code target}'s temporary name)
     */
    public BackupManifest write(Path dataDir, Path target) {
        ServerDataDir.requireServer(dataDir);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = DataDirectory.createPrivate(absolute.getParent());
        Path work = null;
        Path partial = parent.resolve("." + absolute.getFileName() + ".partial");
        try {
            work = Files.createTempDirectory(parent, ".menkou-backup-",
                    PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_DIR));
            Path copy = work.resolve(DATABASE_ENTRY);
            String createdAt = clock.instant().toString();
            copyDatabase(dataDir, copy);
            Map<String, Path> files = new LinkedHashMap<>();
            files.put(DATABASE_ENTRY, copy);
            for (String kept : KEPT_FILES) {
                Path file = dataDir.resolve(kept);
                if (Files.isRegularFile(file)) {
                    files.put(kept, file);
                }
            }
            BackupManifest manifest = zip(files, partial, createdAt, copy);
            publish(partial, absolute);
            return manifest;
        } catch (IOException | SQLException e) {
            throw new BackupException("cannot back up " + dataDir + " to " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
            if (work != null) {
                try (Stream<Path> files = Files.list(work)) {
                    files.forEach(BackupWriter::deleteQuietly);
                } catch (IOException e) {
                    // left behind in a private directory; reported by nobody
                }
                deleteQuietly(work);
            }
        }
    }

    /** {@code VACUUM INTO} {@code copy} on the server's connection settings, then an integrity check of the copy. */
    private static void copyDatabase(Path dataDir, Path copy) throws SQLException {
        try (Database database = Database.openIn(dataDir)) {
            database.jdbi().useHandle(h -> h.createUpdate("VACUUM INTO ?").bind(0, copy.toString()).execute());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new BackupException("the copy of the database fails its integrity check: " + result);
            }
        }
    }

    private BackupManifest zip(Map<String, Path> files, Path partial, String createdAt, Path copy)
            throws IOException, SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_FILE));
        BackupManifest manifest;
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
             ZipOutputStream zip = new ZipOutputStream(java.nio.channels.Channels.newOutputStream(channel))) {
            for (Map.Entry<String, Path> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                hashes.put(f.getKey(), copyHashed(f.getValue(), zip));
                zip.closeEntry();
            }
            manifest = ServerDataDir.describe(copy, createdAt, hashes);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
            channel.force(true);
        }
        return manifest;
    }

    private static String copyHashed(Path file, OutputStream out) throws IOException {
        MessageDigest sha = Sha256.digest();
        try (InputStream in = Files.newInputStream(file)) {
            DigestOutputStream hashing = new DigestOutputStream(new NonClosing(out), sha);
            in.transferTo(hashing);
            hashing.flush();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Renames the finished archive into place and syncs its directory, so the name survives a power cut. */
    static void publish(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Sha256.syncDirectory(target.getParent());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a private temporary file
        }
    }

    /** Lets a member's copy end without closing the zip stream around it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
