package org.menkou.content.protocol;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A kiosk release as the server offers it ({@code GET} {@link KioskApiPaths#RELEASE}): the jar's version, SHA-256
 * (lower-case hex), size in bytes, and the district release key's Ed25519 signature (base64) over
 * {@link #signedText()}. The signature covers version, hash and size together, so none can be swapped for another
 * release's.
 */
public record ReleaseManifest(String version, String sha256, long size, String signature) {
    /** What a release version may look like: letters, digits and {@code . + -}, 1 to 40 of them. */
    public static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+-]{1,40}");
    /** The first line of the signed text; a new format gets a new line. */
    public static final String FORMAT = "menkou-release v1";

    /** The exact bytes the signature covers: four lines, UTF-8. */
    public byte[] signedText() {
        return signedText(version, sha256, size);
    }

    /** The bytes a signature of the release {@code version} with this hash and size covers. */
    public static byte[] signedText(String version, String sha256, long size) {
        return (FORMAT + "\n" + version + "\n" + sha256 + "\n" + size + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code version} is a valid release version (and not the name of the packaged jar). */
    public static boolean validVersion(String version) {
        return version != null && VERSION.matcher(version).matches() && !"packaged".equals(version)
                && !version.startsWith(".");
    }
}
