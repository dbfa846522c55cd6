package org.menkou.content.release;

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
 * The district's kiosk-release signing key pair, kept like the card key and beside it but separate from it: PEM files
 * in {@code DATA/keys/}, {@value #PRIVATE_FILE} (PKCS#8, mode 0600, in a 0700 directory) and {@value #PUBLIC_FILE}
 * (X.509). Only the admin server has these files; kiosks are given the public key at install (or take it once on
 * first use). A private key file that other users can read is refused, as ssh does.
 */
public final class ReleaseKeyFiles {
    public static final String DIRECTORY = "keys";
    public static final String PRIVATE_FILE = "release-signing.key";
    public static final String PUBLIC_FILE = "release-signing.pub";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path dir;

    private ReleaseKeyFiles(Path dir) {
        this.dir = dir;
    }

    /** The key files of the data directory {@code dataDir}. */
    public static ReleaseKeyFiles in(Path dataDir) {
        return new ReleaseKeyFiles(dataDir.resolve(DIRECTORY));
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
        KeyPair pair = ReleaseSigning.generate();
        write(pair);
        return pair;
    }

    /** Loads the key pair; a ReleaseException when the files are missing, unreadable, damaged or too open. */
    public KeyPair load() {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(privateKeyFile());
            if (!OWNER_ONLY_FILE.containsAll(mode)) {
                throw new ReleaseException(privateKeyFile() + " can be read by other users; run: chmod 600 " + privateKeyFile());
            }
            PrivateKey privateKey = ReleaseSigning.decodePrivate(readPem(privateKeyFile(), "PRIVATE KEY"));
            PublicKey publicKey = ReleaseSigning.decodePublic(readPem(publicKeyFile(), "PUBLIC KEY"));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new ReleaseException("cannot read the release-signing key in " + dir + ": " + e, e);
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
            throw new ReleaseException("a release-signing key already exists in " + dir + "; it is never overwritten", e);
        } catch (IOException e) {
            throw new ReleaseException("cannot write the release-signing key to " + dir + ": " + e, e);
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
            throw new ReleaseException(file + " is not a PEM " + type.toLowerCase(java.util.Locale.ROOT) + " file");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw new ReleaseException(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
