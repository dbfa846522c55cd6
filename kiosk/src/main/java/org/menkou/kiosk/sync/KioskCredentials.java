package org.menkou.kiosk.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.menkou.content.ContentException;
import org.menkou.content.DataDirectory;

/**
 * The server addresses, kiosk token and pinned server CA kept in the kiosk's data directory ({@value #FILE_NAME},
 * mode 0600), so that {@code --server/--token/--server-ca} are needed only the first time.
 *
 * <p>The file holds {@code servers} (the base URLs, preferred first, separated by spaces), {@code server} (the
 * preferred one alone, as older kiosks wrote and read it; read when {@code servers} is missing), {@code token} and,
 * when https servers are trusted by a pinned CA only, {@code server-ca}: the PEM file's name in the data directory
 * ({@value #CA_FILE_NAME}, see {@link KioskSyncLauncher#remember}).
 *
 * @param servers  base URLs, preferred first; at least one, each http or https
 * @param serverCa the PEM file of the CAs https servers must be signed by, absolute; empty for the JDK's CAs
 */
public record KioskCredentials(List<URI> servers, String token, Optional<Path> serverCa) {
    public static final String FILE_NAME = "sync.properties";
    /** The name under which the pinned server CA is copied into the data directory. */
    public static final String CA_FILE_NAME = "server-ca.pem";

    public KioskCredentials {
        if (servers == null || servers.isEmpty()) {
            throw new ContentException("give the admin server's URL with --server");
        }
        servers = servers.stream().map(ServerList::normalise).distinct().toList();
        if (token == null || !token.matches("[A-Za-z0-9._-]{20,200}")) {
            throw new ContentException("this is not a kiosk token (ask the admin for the token shown when the kiosk was added)");
        }
        Objects.requireNonNull(serverCa, "serverCa");
    }

    /** Credentials for one server, trusted by the JDK's CAs when it is https. */
    public KioskCredentials(URI server, String token) {
        this(server == null ? List.of() : List.of(server), token, Optional.empty());
    }

    /** The preferred server. */
    public URI server() {
        return servers.get(0);
    }

    /** These credentials with {@code value} as the pinned CA file (absolute). */
    public KioskCredentials withServerCa(Path value) {
        return new KioskCredentials(servers, token, Optional.of(value));
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
        String list = p.getProperty("servers", p.getProperty("server", "")).strip();
        List<URI> servers = new ArrayList<>();
        for (String s : list.split("\\s+")) {
            if (!s.isEmpty()) {
                servers.add(parse(s, file));
            }
        }
        Optional<Path> ca = Optional.ofNullable(p.getProperty("server-ca")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> dataDir.toAbsolutePath().resolve(s));
        return Optional.of(new KioskCredentials(servers, p.getProperty("token"), ca));
    }

    private static URI parse(String server, Path file) {
        try {
            return new URI(server);
        } catch (URISyntaxException e) {
            throw new ContentException(file + ": not a server URL: " + server, e);
        }
    }

    /** Writes these credentials to {@code dataDir} (replacing older ones), readable by the owner only. */
    public void store(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        Properties p = new Properties();
        p.setProperty("servers", String.join(" ", servers.stream().map(URI::toString).toList()));
        p.setProperty("server", server().toString());
        p.setProperty("token", token);
        serverCa.ifPresent(ca -> p.setProperty("server-ca", relativeTo(dataDir, ca)));
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

    /** {@code file}'s name when it lies in {@code dir}, so that a moved data directory keeps its CA; else absolute. */
    private static String relativeTo(Path dir, Path file) {
        Path d = dir.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(d) ? d.relativize(f).toString() : f.toString();
    }

    static void createPrivate(Path file) throws IOException {
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
        return "KioskCredentials[servers=" + servers + ", token=***, serverCa=" + serverCa + "]";
    }
}
