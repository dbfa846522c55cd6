package org.menkou.kiosk.sync;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.menkou.content.RetryPolicy;

/**
 * How a kiosk syncs.
 *
 * @param server       base URL of the admin server, e.g. {@code http://10.0.0.2:7080/}
 * @param token        the kiosk token shown once when the kiosk was registered
 * @param interval     time between rounds (heartbeat + pull) when all is well; 30 s by default
 * @param retry        when to try again after a failed round
 * @param pageSize     content items asked for per page
 * @param appVersion   reported in heartbeats
 * @param voice        asked on the sync thread before each heartbeat; must return fast
 */
public record SyncSettings(URI server, String token, Duration interval, RetryPolicy retry, int pageSize,
                           String appVersion, Supplier<VoiceReport> voice) {
    /** Voice status reported in heartbeats. */
    public record VoiceReport(boolean modelInstalled, String status) {
    }

    public SyncSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(retry, "retry");
        if (interval.isNegative() || interval.isZero() || pageSize < 1) {
            throw new IllegalArgumentException("interval must be positive and pageSize at least 1");
        }
    }

    /** Defaults: 30 s interval, retries from 1 s up to 60 s, pages of 500 items. */
    public static SyncSettings defaults(URI server, String token, String appVersion, Supplier<VoiceReport> voice) {
        return new SyncSettings(server, token, Duration.ofSeconds(30),
                RetryPolicy.jittered(Duration.ofSeconds(1), Duration.ofSeconds(60)), 500, appVersion, voice);
    }

    public SyncSettings withInterval(Duration value) {
        return new SyncSettings(server, token, value, retry, pageSize, appVersion, voice);
    }

    /** Retries after a failed round from {@code base} up to {@code cap}, with full jitter ({@link RetryPolicy#jittered}). */
    public SyncSettings withRetry(Duration base, Duration cap) {
        return new SyncSettings(server, token, interval, RetryPolicy.jittered(base, cap), pageSize, appVersion, voice);
    }

    public SyncSettings withPageSize(int value) {
        return new SyncSettings(server, token, interval, retry, value, appVersion, voice);
    }
}
