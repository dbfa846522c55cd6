package org.menkou.admin.alarm;

import java.time.Duration;
import java.util.List;
import org.menkou.admin.alarm.channel.EscalationChannel;
import org.menkou.content.RetryPolicy;

/**
 * How the centre watches alarms and kiosks.
 *
 * @param escalateAfter    an alarm nobody acknowledged for this long is escalated (60 s)
 * @param offlineAfter     a kiosk silent this long raises "终端离线" (90 s = 3 heartbeats of 30 s)
 * @param checkEvery       how often the watch looks (1 s)
 * @param channels         where escalations go (none: the board alone shows them)
 * @param channelRetry     how each channel is tried again after a failed try, and how many tries it gets before it
 *                         is marked failed
 */
public record AlarmSettings(Duration escalateAfter, Duration offlineAfter, Duration checkEvery,
                            List<EscalationChannel> channels, RetryPolicy channelRetry) {
    /** The longest one try of a channel takes before it gives up (e-mail: 5 s to connect, 10 s to answer). */
    static final int TRY_LIMIT_SECONDS = 15;

    public AlarmSettings {
        channels = List.copyOf(channels);
        if (channelRetry == null || checkEvery.isZero() || checkEvery.isNegative()) {
            throw new IllegalArgumentException("a channel retry policy and a positive checkEvery are required");
        }
    }

    /** 60 s to escalation, 90 s to offline, checked every second, no channels, 5 tries from 1 s. */
    public static AlarmSettings defaults() {
        return new AlarmSettings(Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(1), List.of(),
                RetryPolicy.doubling(Duration.ofSeconds(1), 5));
    }

    /**
     * How long a channel's unfinished delivery may go untouched before another node takes it over (its node died
     * between tries): a live node touches it at least once per wait between tries plus one try's own time limit
     * ({@value #TRY_LIMIT_SECONDS} s, the slowest channel's), so this is twice that.
     */
    public Duration abandonedAfter() {
        int lastWait = channelRetry.maxTries() == RetryPolicy.UNLIMITED ? 32 : Math.max(1, channelRetry.maxTries() - 1);
        Duration longestWait = channelRetry.delayAfter(lastWait, java.util.random.RandomGenerator.getDefault());
        return longestWait.plusSeconds(TRY_LIMIT_SECONDS).multipliedBy(2);
    }

    public AlarmSettings withEscalateAfter(Duration value) {
        return new AlarmSettings(value, offlineAfter, checkEvery, channels, channelRetry);
    }

    public AlarmSettings withOfflineAfter(Duration value) {
        return new AlarmSettings(escalateAfter, value, checkEvery, channels, channelRetry);
    }

    public AlarmSettings withChecks(Duration every) {
        return new AlarmSettings(escalateAfter, offlineAfter, every, channels, channelRetry);
    }

    /**
     * Escalations go to {@code value}; each channel gets {@code attempts} tries, the delay between them doubling from
     * {@code retry} ({@link RetryPolicy#doubling}).
     */
    public AlarmSettings withChannels(List<EscalationChannel> value, int attempts, Duration retry) {
        return new AlarmSettings(escalateAfter, offlineAfter, checkEvery, value, RetryPolicy.doubling(retry, attempts));
    }
}
