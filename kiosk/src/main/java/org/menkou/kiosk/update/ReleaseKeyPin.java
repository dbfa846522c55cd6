package org.menkou.kiosk.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.DataDirectory;
import org.menkou.content.release.ReleaseException;
import org.menkou.content.release.ReleaseSigning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The release key a kiosk checks updates with, pinned in {@code DATA/}{@value #FILE} (base64 of the public key, one
 * line, mode 0600). Where it comes from, first that applies:
 * <ol>
 *   <li>given at install: {@code --release-key FILE} or the base64 text in {@code MENKOU_RELEASE_KEY} (the kiosk's
 *       config file); it is written to the pin file, replacing a different pinned key with a warning in the log;</li>
 *   <li>the pin file from an earlier start;</li>
 *   <li>trust on first use: fetched once from the server the kiosk was registered with, over the kiosk's
 *       authenticated (and, with https, pinned-CA) connection, and written to the pin file. It is never fetched
 *       again nor replaced silently: a server that later signs with another key has its releases refused.</li>
 * </ol>
 */
public final class ReleaseKeyPin {
    public static final String FILE = "release-key.pub";
    /** The environment variable (config file entry) holding the key as base64. */
    public static final String ENV = "MENKOU_RELEASE_KEY";
    private static final Logger log = LoggerFactory.getLogger(ReleaseKeyPin.class);

    private final Path file;

    public ReleaseKeyPin(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /**
     * Pins {@code given} (base64, from the command line or config) when present and checks it is a key; a bad key is a
     * ReleaseException before anything is written.
     */
    public void pinGiven(Optional<String> given) {
        if (given.isEmpty() || given.get().isBlank()) {
            return;
        }
        String text = ReleaseSigning.encodePublic(ReleaseSigning.decodePublic(given.get()));
        Optional<String> stored = stored();
        if (stored.isPresent() && stored.get().equals(text)) {
            return;
        }
        if (stored.isPresent()) {
            log.warn("the release key given at install replaces the one pinned in {}", file);
        }
        write(text);
    }

    /** The pinned key; on first use fetched with {@code fromServer} (base64) and pinned. */
    public PublicKey key(Supplier<String> fromServer) {
        Optional<String> stored = stored();
        if (stored.isPresent()) {
            return ReleaseSigning.decodePublic(stored.get());
        }
        PublicKey key = ReleaseSigning.decodePublic(fromServer.get());
        write(ReleaseSigning.encodePublic(key));
        log.info("release key taken from the server on first use and pinned in {}", file);
        return key;
    }

    private Optional<String> stored() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new ReleaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(String base64) {
        Path tmp = file.resolveSibling("." + FILE + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            DataDirectory.privateFile(tmp);
            Files.writeString(tmp, base64 + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReleaseException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
