package org.menkou.content.card;

import java.nio.file.Path;
import org.menkou.content.keys.Ed25519KeyFiles;

/**
 * The district's card-signing key pair: {@code DATA/keys/}{@value #PRIVATE_FILE} and {@value #PUBLIC_FILE}
 * ({@link Ed25519KeyFiles}; failures are CardExceptions). Kiosks get the public key through sync.
 */
public final class CardKeyFiles {
    public static final String DIRECTORY = Ed25519KeyFiles.DIRECTORY;
    public static final String PRIVATE_FILE = "card-signing.key";
    public static final String PUBLIC_FILE = "card-signing.pub";

    private CardKeyFiles() {
    }

    /** The card key files of the data directory {@code dataDir}. */
    public static Ed25519KeyFiles in(Path dataDir) {
        return Ed25519KeyFiles.in(dataDir, "card-signing", CardException::new);
    }
}
