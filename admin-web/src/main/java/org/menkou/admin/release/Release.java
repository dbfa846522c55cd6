package org.menkou.admin.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.menkou.content.protocol.ReleaseManifest;

/**
 * A published kiosk release and how far it is rolled out.
 *
 * @param sha256      lower-case hex SHA-256 of the jar
 * @param size        the jar's size in bytes
 * @param signature   base64 Ed25519 signature of the manifest text by the district release key
 * @param percent     0 to 100; counts in stage {@link ReleaseStage#PERCENT} only
 * @param testStation the station whose kiosks get the release first
 */
public record Release(String version, String sha256, long size, String signature, Instant uploadedAt,
                      String uploadedBy, ReleaseStage stage, int percent, String testStation) {

    public ReleaseManifest manifest() {
        return new ReleaseManifest(version, sha256, size, signature);
    }

    /** True when this release's stage includes the kiosk {@code kioskId} of the station {@code stationId}. */
    public boolean includes(String kioskId, String stationId) {
        return switch (stage) {
            case ALL -> true;
            case PERCENT -> stationId.equals(testStation) || bucket(kioskId) < percent;
            case TEST -> stationId.equals(testStation);
        };
    }

    /**
     * The kiosk's place in a percentage rollout, 0 to 99: the first four bytes of the SHA-256 of its id, so it is the
     * same on every node and every day, and a larger percentage keeps every kiosk a smaller one had.
     */
    public static int bucket(String kioskId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(kioskId.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return (int) (v % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
