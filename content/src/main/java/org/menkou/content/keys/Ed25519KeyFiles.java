package org.menkou.content.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One of the district's Ed25519 signing key pairs as PEM files in {@code DATA/keys/}: {@code NAME.key} (PKCS#8, mode
 * 0600, in a 0700 directory) and {@code NAME.pub} (X.509). Only the admin server has these files. A private key file
 * that other users can read is refused, as ssh does. Failures are the owner's exception type, made by {@code failure}
 * from a one-line message and the cause (null when there is none).
 */
public final class Ed25519KeyFiles {
    public static final String DIRECTORY = "keys";
    private static final String ALGORITHM = "Ed25519";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path dir;
    private final String name;
    private final BiFunction<String, Exception, RuntimeException> failure;

    private Ed25519KeyFiles(Path dir, String name, BiFunction<String, Exception, RuntimeException> failure) {
        this.dir = dir;
        this.name = name;
        this.failure = failure;
    }

    /** The key pair {@code name} (e.g. {@code card-signing}) of the data directory {@code dataDir}. */
    public static Ed25519KeyFiles in(Path dataDir, String name, BiFunction<String, Exception, RuntimeException> failure) {
        return new Ed25519KeyFiles(dataDir.resolve(DIRECTORY), name, failure);
    }

    public Path privateKeyFile() {
        return dir.resolve(name + ".key");
    }

    public Path publicKeyFile() {
        return dir.resolve(name + ".pub");
    }

    public boolean exist() {
        return Files.exists(privateKeyFile());
    }

    /** Loads the key pair, creating it first when there is none yet. */
    public KeyPair loadOrCreate() {
        if (exist()) {
            return load();
        }
        KeyPair pair = generate();
        write(pair);
        return pair;
    }

    /** Loads the key pair; a failure when the files are missing, unreadable, damaged or too open. */
    public KeyPair load() {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(privateKeyFile());
            if (!OWNER_ONLY_FILE.containsAll(mode)) {
                throw failure.apply(privateKeyFile() + " can be read by other users; run: chmod 600 " + privateKeyFile(), null);
            }
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(readPem(publicKeyFile(), "PUBLIC KEY"))),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateKeyFile(), "PRIVATE KEY"))));
        } catch (IOException e) {
            throw failure.apply("cannot read the " + name + " key in " + dir + ": " + e, e);
        } catch (GeneralSecurityException e) {
            throw failure.apply("the " + name + " key in " + dir + " is not an " + ALGORITHM + " key pair: " + e.getMessage(), e);
        }
    }

    private KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw failure.apply("this Java runtime cannot make " + ALGORITHM + " keys", e);
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
            throw failure.apply("a " + name + " key already exists in " + dir + "; it is never overwritten", e);
        } catch (IOException e) {
            throw failure.apply("cannot write the " + name + " key to " + dir + ": " + e, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.startsWith(begin) || !text.endsWith(end)) {
            throw failure.apply(file + " is not a PEM " + type.toLowerCase(Locale.ROOT) + " file", null);
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw failure.apply(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
