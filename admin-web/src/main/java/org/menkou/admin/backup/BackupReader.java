package org.menkou.admin.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.menkou.content.DataDirectory;
import org.menkou.content.protocol.SyncJson;

/**
 * Reads a backup archive: checks every member against the SHA-256 its manifest lists, and optionally writes the
 * members into a directory (directories 0700, files 0600, each fsync'd). An archive with a member the manifest does
 * not list, a member missing, a wrong hash, an unsafe name or no manifest is refused whole. Blocking; any thread.
 */
public final class BackupReader {
    /** Member names: one or two plain path segments (e.g. {@code keys/card-signing.key}); never absolute, never "..". */
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)?");
    private final ObjectMapper json = SyncJson.strict();

    /** Checks {@code archive} without writing anything; returns its manifest. */
    public BackupManifest verify(Path archive) {
        return read(archive, null);
    }

    /**
     * Checks {@code archive} and writes its members into the existing, empty directory {@code into}; returns the
     * manifest. On a refusal the caller removes {@code into}.
     */
    BackupManifest extract(Path archive, Path into) {
        return read(archive, into);
    }

    private BackupManifest read(Path archive, Path into) {
        Map<String, String> hashes = new HashMap<>();
        BackupManifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (BackupManifest.ENTRY.equals(name)) {
                    manifest = json.readValue(zip.readAllBytes(), BackupManifest.class);
                } else if (!MEMBER.matcher(name).matches() || hashes.containsKey(name)) {
                    throw damaged(archive, "it holds an unexpected member " + name);
                } else {
                    hashes.put(name, member(zip, into == null ? null : into.resolve(name)));
                }
            }
        } catch (NoSuchFileException e) {
            throw new BackupException("no backup archive " + archive);
        } catch (ZipException | com.fasterxml.jackson.core.JacksonException | java.io.EOFException e) {
            throw damaged(archive, e.getMessage());
        } catch (IOException e) {
            throw new BackupException("cannot read " + archive + ": " + e.getMessage(), e);
        }
        check(archive, manifest, hashes);
        return manifest;
    }

    private static void check(Path archive, BackupManifest manifest, Map<String, String> hashes) {
        if (manifest == null) {
            throw damaged(archive, "it has no " + BackupManifest.ENTRY);
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupException(archive + " is a backup of format " + manifest.format() + "; this Menkou reads format "
                    + BackupManifest.FORMAT);
        }
        if (!manifest.members().containsKey(BackupWriter.DATABASE_ENTRY)) {
            throw damaged(archive, "its manifest lists no database");
        }
        for (Map.Entry<String, String> m : manifest.members().entrySet()) {
            String actual = hashes.get(m.getKey());
            if (actual == null) {
                throw damaged(archive, "the member " + m.getKey() + " is missing");
            }
            if (!actual.equalsIgnoreCase(m.getValue())) {
                throw damaged(archive, "the member " + m.getKey() + " does not match its SHA-256 in the manifest");
            }
        }
        for (String name : hashes.keySet()) {
            if (!manifest.members().containsKey(name)) {
                throw damaged(archive, "the member " + name + " is not in the manifest");
            }
        }
    }

    /** Reads one member to its end, writing it to {@code file} when not null; returns its SHA-256. */
    private static String member(InputStream zip, Path file) throws IOException {
        MessageDigest sha = Sha256.digest();
        DigestInputStream in = new DigestInputStream(zip, sha);
        if (file == null) {
            in.transferTo(OutputStream.nullOutputStream());
        } else {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_DIR));
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_FILE));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                in.transferTo(out);
                out.flush();
                channel.force(true);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static BackupException damaged(Path archive, String why) {
        return new BackupException(archive + " is damaged or not a Menkou backup (" + why + "); nothing was restored");
    }
}
