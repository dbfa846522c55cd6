package org.menkou.admin.alarm.family;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.menkou.content.RetryPolicy;

/**
 * How families are told of alarms.
 *
 * @param couriers   one per channel this server can use (a contact whose channel has none gets a FAILED notice)
 * @param retry      how a failed notice is tried again, and how many tries it gets before it is FAILED
 * @param checkEvery how often the notifier looks for notices due (1 s)
 * @param claimFor   how long a node holds a notice it is sending before another may take it over (it died mid-try);
 *                   longer than one try ({@link #TRY_LIMIT})
 */
public record FamilySettings(List<Courier> couriers, RetryPolicy retry, Duration checkEvery, Duration claimFor) {
    /** The longest one try takes before its courier gives up (e-mail: 5 s to connect, 10 s to answer). */
    public static final Duration TRY_LIMIT = Duration.ofSeconds(15);

    public FamilySettings {
        couriers = List.copyOf(couriers);
        if (retry == null || checkEvery.isZero() || checkEvery.isNegative() || claimFor.compareTo(TRY_LIMIT) <= 0) {
            throw new IllegalArgumentException("a retry policy, a positive checkEvery and claimFor > "
                    + TRY_LIMIT.toSeconds() + " s are required");
        }
    }

    /** Webhooks only (they need no configuration), 6 tries from 2 s doubling, checked every second, claims for 60 s. */
    public static FamilySettings defaults(ObjectMapper json) {
        return new FamilySettings(List.of(new WebhookCourier(json)), RetryPolicy.doubling(Duration.ofSeconds(2), 6),
                Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    public FamilySettings withCouriers(List<Courier> value) {
        return new FamilySettings(value, retry, checkEvery, claimFor);
    }

    public FamilySettings withRetry(RetryPolicy value) {
        return new FamilySettings(couriers, value, checkEvery, claimFor);
    }

    public FamilySettings withChecks(Duration every) {
        return new FamilySettings(couriers, retry, every, claimFor);
    }
}
