package org.menkou.content.card;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys for cards, from the JDK: generation, the encodings that files and sync use, fingerprints. */
public final class CardKeys {
    /** The JDK name of the signature scheme. */
    public static final String ALGORITHM = "Ed25519";

    private CardKeys() {
    }

    /** A fresh key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CardException("this Java runtime cannot make " + ALGORITHM + " keys", e);
        }
    }

    /** The public key as Base64 of its X.509 SubjectPublicKeyInfo encoding: how it is stored and synced. */
    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The inverse of {@link #encodePublic}; a CardException when the text is not an Ed25519 public key. */
    public static PublicKey decodePublic(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CardException("not an " + ALGORITHM + " public key", e);
        }
    }

    /** A short stable id of a public key: the first 16 hex digits of the SHA-256 of its encoding. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new CardException("no SHA-256 in this Java runtime", e);
        }
    }
}
