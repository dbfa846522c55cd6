package org.menkou.content.release;

import java.nio.file.Path;
import org.menkou.content.keys.Ed25519KeyFiles;

/**
 * The district's kiosk-release signing key pair, kept like the card key and beside it but separate from it:
 * {@code DATA/keys/}{@value #PRIVATE_FILE} and {@value #PUBLIC_FILE} ({@link Ed25519KeyFiles}; failures are
 * ReleaseExceptions). Kiosks are given the public key at install (or take it once on first use).
 */
public final class ReleaseKeyFiles {
    public static final String PRIVATE_FILE = "release-signing.key";
    public static final String PUBLIC_FILE = "release-signing.pub";

    private ReleaseKeyFiles() {
    }

    /** The release key files of the data directory {@code dataDir}. */
    public static Ed25519KeyFiles in(Path dataDir) {
        return Ed25519KeyFiles.in(dataDir, "release-signing", ReleaseException::new);
    }
}
