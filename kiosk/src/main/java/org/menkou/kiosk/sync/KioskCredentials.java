package org.menkou.kiosk.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.menkou.content.ContentException;
import org.menkou.content.store.DataDirectory;

/**
 * The server address and kiosk token kept in the kiosk's data directory ({@value #FILE_NAME}, mode 0600), so that
 * {@code --server/--token} are needed only the first time.
 */
public record KioskCredentials(URI server, String token) {
    public static final String FILE_NAME = "sync.properties";

    public KioskCredentials {
        if (server == null || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))) {
            throw new ContentException("server must be an http:// or https:// URL: " + server);
        }
        if (token == null || !token.matches("[A-Za-z0-9._-]{20,200}")) {
            throw new ContentException("this is not a kiosk token (ask the admin for the token shown when the kiosk was added)");
        }
    }

    /** The credentials stored in {@code dataDir}, if any. */
    public static Optional<KioskCredentials> load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ContentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(new KioskCredentials(URI.create(p.getProperty("server", "")), p.getProperty("token")));
    }

    /** Writes these credentials to {@code dataDir} (replacing older ones), readable by the owner only. */
    public void store(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        Properties p = new Properties();
        p.setProperty("server", server.toString());
        p.setProperty("token", token);
        try {
            DataDirectory.createPrivate(dataDir);
            Files.deleteIfExists(tmp);
            createPrivate(tmp);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Menkou kiosk sync credentials; keep private");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ContentException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("temporary file exists: " + file, e);
        }
    }

    @Override
    public String toString() {
        return "KioskCredentials[server=" + server + ", token=***]";
    }
}
