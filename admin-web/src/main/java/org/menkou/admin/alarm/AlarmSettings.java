package org.menkou.admin.alarm;

import java.time.Duration;
import java.util.List;
import org.menkou.admin.alarm.channel.EscalationChannel;

/**
 * How the centre watches alarms and kiosks.
 *
 * @param escalateAfter    an alarm nobody acknowledged for this long is escalated (60 s)
 * @param offlineAfter     a kiosk silent this long raises "终端离线" (90 s = 3 heartbeats of 30 s)
 * @param checkEvery       how often the watch looks (1 s)
 * @param channels         where escalations go (none: the board alone shows them)
 * @param channelAttempts  tries per channel before it is marked failed
 * @param channelRetry     first delay between tries, doubled after each
 */
public record AlarmSettings(Duration escalateAfter, Duration offlineAfter, Duration checkEvery,
                            List<EscalationChannel> channels, int channelAttempts, Duration channelRetry) {
    public AlarmSettings {
        channels = List.copyOf(channels);
        if (channelAttempts < 1 || checkEvery.isZero() || checkEvery.isNegative()) {
            throw new IllegalArgumentException("channelAttempts >= 1 and a positive checkEvery are required");
        }
    }

    /** 60 s to escalation, 90 s to offline, checked every second, no channels, 5 tries from 1 s. */
    public static AlarmSettings defaults() {
        return new AlarmSettings(Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(1), List.of(), 5,
                Duration.ofSeconds(1));
    }

    public AlarmSettings withEscalateAfter(Duration value) {
        return new AlarmSettings(value, offlineAfter, checkEvery, channels, channelAttempts, channelRetry);
    }

    public AlarmSettings withOfflineAfter(Duration value) {
        return new AlarmSettings(escalateAfter, value, checkEvery, channels, channelAttempts, channelRetry);
    }

    public AlarmSettings withChecks(Duration every) {
        return new AlarmSettings(escalateAfter, offlineAfter, every, channels, channelAttempts, channelRetry);
    }

    public AlarmSettings withChannels(List<EscalationChannel> value, int attempts, Duration retry) {
        return new AlarmSettings(escalateAfter, offlineAfter, checkEvery, value, attempts, retry);
    }
}
