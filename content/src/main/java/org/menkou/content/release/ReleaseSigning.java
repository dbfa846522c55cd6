package org.menkou.content.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.menkou.content.protocol.ReleaseManifest;

/**
 * Ed25519 signatures of kiosk releases with the JDK's provider: the server signs a {@link ReleaseManifest}'s
 * {@link ReleaseManifest#signedText() text}; a kiosk checks the signature, the jar's size and its SHA-256 before it
 * keeps the jar. The release key is the district's own, separate from the card key.
 */
public final class ReleaseSigning {
    public static final String ALGORITHM = "Ed25519";

    private ReleaseSigning() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new ReleaseException("this Java has no Ed25519", e);
        }
    }

    /** The manifest of the jar {@code jar} as {@code version}, signed with {@code key}. */
    public static ReleaseManifest sign(String version, Path jar, PrivateKey key) {
        String sha = sha256(jar);
        long size;
        try {
            size = Files.size(jar);
        } catch (IOException e) {
            throw new ReleaseException("cannot read " + jar + ": " + e.getMessage(), e);
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(ReleaseManifest.signedText(version, sha, size));
            return new ReleaseManifest(version, sha, size, Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new ReleaseException("cannot sign release " + version + ": " + e.getMessage(), e);
        }
    }

    /** True when the manifest's signature is {@code key}'s over its text; false for any bad or damaged signature. */
    public static boolean signedBy(ReleaseManifest manifest, PublicKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(manifest.signedText());
            return s.verify(Base64.getDecoder().decode(manifest.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * Checks {@code jar} against {@code manifest} signed by {@code key}: signature, then size, then SHA-256. Throws a
     * ReleaseException saying which check failed.
     */
    public static void verify(ReleaseManifest manifest, Path jar, PublicKey key) {
        if (!signedBy(manifest, key)) {
            throw new ReleaseException("bad signature: release " + manifest.version()
                    + " is not signed by the district release key");
        }
        try {
            if (Files.size(jar) != manifest.size()) {
                throw new ReleaseException("wrong size: " + Files.size(jar) + " bytes, the manifest says " + manifest.size());
            }
        } catch (IOException e) {
            throw new ReleaseException("cannot read " + jar + ": " + e.getMessage(), e);
        }
        String sha = sha256(jar);
        if (!sha.equals(manifest.sha256())) {
            throw new ReleaseException("wrong hash: the jar's SHA-256 is " + sha + ", the manifest says " + manifest.sha256());
        }
    }

    /** Lower-case hex SHA-256 of a file, read in a stream. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ReleaseException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Base64 of the public key's X.509 encoding, as kiosks are given it. */
    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The public key from {@link #encodePublic} text or a PEM public key file's text (whitespace ignored). */
    public static PublicKey decodePublic(String base64) {
        try {
            String body = base64.replaceAll("-----[A-Z ]+-----", "").strip();
            byte[] der = Base64.getMimeDecoder().decode(body);
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ReleaseException("not an Ed25519 release key: " + e.getMessage(), e);
        }
    }

}
