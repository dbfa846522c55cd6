package org.menkou.admin.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.DataDirectory;
import org.menkou.content.protocol.ReleaseManifest;
import org.menkou.content.release.ReleaseException;
import org.menkou.content.release.ReleaseKeyFiles;
import org.menkou.content.release.ReleaseSigning;

/**
 * Published kiosk releases: a row each in {@code kiosk_release} (version, hash, size, signature, rollout), the jar as
 * {@code DATA/releases/VERSION.jar} (never in the database), signed on publishing with the district release key
 * ({@link ReleaseKeyFiles}, created on first use). Refused input is a ReleaseException with a one-line reason.
 * Thread-safe.
 */
public final class ReleaseStore {
    /** The largest jar accepted, in bytes. */
    public static final long MAX_JAR_BYTES = 200L * 1024 * 1024;
    public static final String DIRECTORY = "releases";

    private final Jdbi jdbi;
    private final Path dataDir;
    private final Clock clock;
    private KeyPair key;

    public ReleaseStore(Jdbi jdbi, Path dataDir, Clock clock) {
        this.jdbi = jdbi;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** The district release key pair, created in the data directory on first use. */
    private synchronized KeyPair key() {
        if (key == null) {
            DataDirectory.createPrivate(dataDir);
            key = ReleaseKeyFiles.in(dataDir).loadOrCreate();
        }
        return key;
    }

    /** The public half of the district release key (creating the pair on first use). */
    public PublicKey publicKey() {
        return key().getPublic();
    }

    /**
     * Publishes the jar read from {@code jar} (which the caller closes) as {@code version}, in stage
     * {@link ReleaseStage#TEST} for {@code testStation} (which the caller has checked exists).
     */
    public Release publish(String version, InputStream jar, String by, String testStation) {
        if (!ReleaseManifest.validVersion(version)) {
            throw new ReleaseException("the version must be 1 to 40 letters, digits or . + - (not 'packaged')");
        }
        if (find(version).isPresent()) {
            throw new ReleaseException("release " + version + " is already published; give the new one another version");
        }
        Path dir = DataDirectory.createPrivate(dataDir.resolve(DIRECTORY));
        Path target = jarFile(version);
        Path tmp = dir.resolve("." + version + ".upload");
        try {
            Files.deleteIfExists(tmp);
            long size = copyBounded(jar, tmp);
            checkJar(tmp, size);
            ReleaseManifest m = ReleaseSigning.sign(version, tmp, key().getPrivate());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            Release r = new Release(version, m.sha256(), m.size(), m.signature(), Instant.now(clock), by,
                    ReleaseStage.TEST, 0, testStation);
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO kiosk_release (version, sha256, size, signature, uploaded_at, uploaded_by, stage,
                              percent, test_station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, version).bind(1, r.sha256()).bind(2, r.size()).bind(3, r.signature())
                    .bind(4, r.uploadedAt().toString()).bind(5, by).bind(6, r.stage().name()).bind(7, 0)
                    .bind(8, testStation).execute());
            return r;
        } catch (FileAlreadyExistsException e) {
            throw new ReleaseException("a jar for release " + version + " is already stored", e);
        } catch (IOException e) {
            throw new ReleaseException("cannot store release " + version + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a leftover temporary file is replaced by the next upload of the same version
            }
        }
    }

    private static long copyBounded(InputStream in, Path tmp) throws IOException {
        long total = 0;
        try (var out = Files.newOutputStream(tmp)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_JAR_BYTES) {
                    throw new ReleaseException("the jar is larger than " + MAX_JAR_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** A jar is a zip file: it starts with the local file header signature PK\3\4. */
    private static void checkJar(Path file, long size) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (size < 4 || in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                throw new ReleaseException("the file is not a jar (a kiosk jar is a zip file)");
            }
        }
    }

    /**
     * Moves {@code version} to {@code stage}; {@code percent} (0 to 100) counts for {@link ReleaseStage#PERCENT}.
     * Returns the release as it is now.
     */
    public Release stage(String version, ReleaseStage stage, int percent) {
        if (percent < 0 || percent > 100) {
            throw new ReleaseException("the percentage must be 0 to 100");
        }
        int changed = jdbi.withHandle(h -> h.createUpdate("UPDATE kiosk_release SET stage = ?, percent = ? WHERE version = ?")
                .bind(0, stage.name()).bind(1, stage == ReleaseStage.PERCENT ? percent : 0).bind(2, version).execute());
        if (changed == 0) {
            throw new ReleaseException("no release " + version);
        }
        return find(version).orElseThrow();
    }

    public Optional<Release> find(String version) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_release WHERE version = ?").bind(0, version)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Every release, newest first. */
    public List<Release> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_release ORDER BY uploaded_at DESC, version DESC")
                .map((rs, ctx) -> map(rs)).list());
    }

    /** The release the kiosk {@code kioskId} of {@code stationId} should run: the newest whose stage includes it. */
    public Optional<Release> assigned(String kioskId, String stationId) {
        return all().stream().filter(r -> r.includes(kioskId, stationId)).findFirst();
    }

    /** Where the jar of {@code version} is stored. */
    public Path jarFile(String version) {
        return dataDir.resolve(DIRECTORY).resolve(version + ".jar");
    }

    private static Release map(ResultSet rs) throws SQLException {
        return new Release(rs.getString("version"), rs.getString("sha256"), rs.getLong("size"), rs.getString("signature"),
                Instant.parse(rs.getString("uploaded_at")), rs.getString("uploaded_by"),
                ReleaseStage.valueOf(rs.getString("stage")), rs.getInt("percent"), rs.getString("test_station"));
    }
}
