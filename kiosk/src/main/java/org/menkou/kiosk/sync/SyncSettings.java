package org.menkou.kiosk.sync;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.menkou.content.RetryPolicy;

/**
 * How a kiosk syncs.
 *
 * @param servers        base URLs of the admin server's nodes, preferred first, e.g. {@code http://10.0.0.2:7080/};
 *                       a call moves on to the next when one gives no answer ({@link ServerList})
 * @param token          the kiosk token shown once when the kiosk was registered
 * @param interval       time between rounds (heartbeat + pull) when all is well; 30 s by default
 * @param retry          when to try again after a failed round
 * @param pageSize       content items asked for per page
 * @param appVersion     reported in heartbeats
 * @param voice          asked on the sync thread before each heartbeat; must return fast
 * @param retryPreferred while the kiosk uses another server, how often it asks the preferred (first) one again;
 *                       60 s by default
 * @param tls            whom https servers are trusted by ({@link ServerTrust}): the JDK's CAs by default
 */
public record SyncSettings(List<URI> servers, String token, Duration interval, RetryPolicy retry, int pageSize,
                           String appVersion, Supplier<VoiceReport> voice, Duration retryPreferred, SSLContext tls) {
    /** How often a kiosk on another server asks its preferred one again, unless set otherwise. */
    public static final Duration RETRY_PREFERRED = Duration.ofSeconds(60);

    /** Voice status reported in heartbeats. */
    public record VoiceReport(boolean modelInstalled, String status) {
    }

    public SyncSettings {
        servers = List.copyOf(servers);
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(tls, "tls");
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one server");
        }
        if (interval.isNegative() || interval.isZero() || pageSize < 1 || retryPreferred.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, pageSize at least 1, retryPreferred not negative");
        }
    }

    /** Defaults for one server: 30 s interval, retries from 1 s up to 60 s, pages of 500 items, the JDK's CAs. */
    public static SyncSettings defaults(URI server, String token, String appVersion, Supplier<VoiceReport> voice) {
        return defaults(List.of(server), token, appVersion, voice);
    }

    /** Defaults for {@code servers} (preferred first), as {@link #defaults(URI, String, String, Supplier)}. */
    public static SyncSettings defaults(List<URI> servers, String token, String appVersion, Supplier<VoiceReport> voice) {
        return new SyncSettings(servers, token, Duration.ofSeconds(30),
                RetryPolicy.jittered(Duration.ofSeconds(1), Duration.ofSeconds(60)), 500, appVersion, voice,
                RETRY_PREFERRED, ServerTrust.system());
    }

    public SyncSettings withInterval(Duration value) {
        return new SyncSettings(servers, token, value, retry, pageSize, appVersion, voice, retryPreferred, tls);
    }

    /** Retries after a failed round from {@code base} up to {@code cap}, with full jitter ({@link RetryPolicy#jittered}). */
    public SyncSettings withRetry(Duration base, Duration cap) {
        return new SyncSettings(servers, token, interval, RetryPolicy.jittered(base, cap), pageSize, appVersion, voice,
                retryPreferred, tls);
    }

    public SyncSettings withPageSize(int value) {
        return new SyncSettings(servers, token, interval, retry, value, appVersion, voice, retryPreferred, tls);
    }

    /** Asks the preferred server again after {@code value} on another one (tests use a short value). */
    public SyncSettings withRetryPreferred(Duration value) {
        return new SyncSettings(servers, token, interval, retry, pageSize, appVersion, voice, value, tls);
    }

    /** Trusts https servers as {@code value} says, e.g. {@link ServerTrust#pinned}. */
    public SyncSettings withTls(SSLContext value) {
        return new SyncSettings(servers, token, interval, retry, pageSize, appVersion, voice, retryPreferred, value);
    }
}
