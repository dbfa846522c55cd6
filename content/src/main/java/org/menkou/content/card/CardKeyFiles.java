package org.menkou.content.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Set;

/**
 * The district's card-signing key pair as PEM files in {@code DATA/keys/}: {@value #PRIVATE_FILE} (PKCS#8, mode 0600,
 * in a 0700 directory) and {@value #PUBLIC_FILE} (X.509). Only the admin server has these files; kiosks get the public
 * key through sync. A private key file that other users can read is refused, as ssh does.
 */
public final class CardKeyFiles {
    public static final String DIRECTORY = "keys";
    public static final String PRIVATE_FILE = "card-signing.key";
    public static final String PUBLIC_FILE = "card-signing.pub";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path dir;

    private CardKeyFiles(Path dir) {
        this.dir = dir;
    }

    /** The key files of the data directory {@code dataDir}. */
    public static CardKeyFiles in(Path dataDir) {
        return new CardKeyFiles(dataDir.resolve(DIRECTORY));
    }

    public Path privateKeyFile() {
        return dir.resolve(PRIVATE_FILE);
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_FILE);
    }

    public boolean exist() {
        return Files.exists(privateKeyFile());
    }

    /** Loads the key pair, creating it first when there is none yet. */
    public KeyPair loadOrCreate() {
        if (exist()) {
            return load();
        }
        KeyPair pair = CardKeys.generate();
        write(pair);
        return pair;
    }

    /** Loads the key pair; a CardException when the files are missing, unreadable, damaged or too open. */
    public KeyPair load() {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(privateKeyFile());
            if (!OWNER_ONLY_FILE.containsAll(mode)) {
                throw new CardException(privateKeyFile() + " can be read by other users; run: chmod 600 " + privateKeyFile());
            }
            PrivateKey privateKey = CardKeys.decodePrivate(readPem(privateKeyFile(), "PRIVATE KEY"));
            PublicKey publicKey = CardKeys.decodePublic(readPem(publicKeyFile(), "PUBLIC KEY"));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new CardException("cannot read the card-signing key in " + dir + ": " + e, e);
        }
    }

    private void write(KeyPair pair) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            }
            // Created with mode 0600 from the start, so the private key is never readable by others, not even briefly.
            Path secret = Files.createFile(privateKeyFile(), PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.writeString(secret, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new CardException("a card-signing key already exists in " + dir + "; it is never overwritten", e);
        } catch (IOException e) {
            throw new CardException("cannot write the card-signing key to " + dir + ": " + e, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.startsWith(begin) || !text.endsWith(end)) {
            throw new CardException(file + " is not a PEM " + type.toLowerCase(java.util.Locale.ROOT) + " file");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw new CardException(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
