package org.menkou.kiosk.alarm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.menkou.content.ContentException;

/**
 * The station staff PIN that lets staff cancel an alarm at this kiosk, set per kiosk with {@code menkou alarm-pin}
 * and kept as a salted PBKDF2-SHA256 hash in {@code DATA/alarm-pin.properties} (mode 0600). Per kiosk, not synced:
 * a 4–8 digit PIN hash cannot withstand an offline guess, so it is kept on as few machines as possible. No file: no
 * kiosk-side cancel (staff close the alarm on the board).
 */
public final class AlarmPin {
    public static final String FILE = "alarm-pin.properties";
    private static final int ITERATIONS = 210_000;
    private final Path file;

    public AlarmPin(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public boolean isSet() {
        return Files.isRegularFile(file);
    }

    /** Stores a new PIN: 4 to 8 digits. */
    public void set(String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) {
            throw new ContentException("the staff PIN must be 4 to 8 digits");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Properties p = new Properties();
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("iterations", Integer.toString(ITERATIONS));
        p.setProperty("hash", Base64.getEncoder().encodeToString(hash(pin, salt, ITERATIONS)));
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "menkou staff PIN for cancelling alarms at this kiosk (PBKDF2-SHA256)");
            }
        } catch (IOException e) {
            throw new ContentException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code typed} is the PIN; false when no PIN is set. */
    public boolean matches(String typed) {
        if (!isSet() || typed == null || typed.isEmpty()) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new ContentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
        byte[] expected = Base64.getDecoder().decode(p.getProperty("hash", ""));
        return MessageDigest.isEqual(expected, hash(typed, salt, Integer.parseInt(p.getProperty("iterations", "1"))));
    }

    private static byte[] hash(String pin, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(pin.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this JDK", e);
        }
    }
}
