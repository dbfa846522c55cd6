package org.menkou.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void delaysGrowExponentiallyWithJitterUpToTheCapAndResetAfterSuccess() {
        RetryPolicy policy = RetryPolicy.jittered(Duration.ofSeconds(1), Duration.ofSeconds(60));
        Random random = new Random(1);
        long previousCeiling = 1000;
        int failures = 0;
        for (int i = 1; i <= 12; i++) {
            long ms = policy.delayAfter(++failures, random).toMillis();
            long ceiling = Math.min(60_000, 1000L << i);
            assertThat(ms).isBetween(1000L, ceiling);
            previousCeiling = ceiling;
        }
        assertThat(previousCeiling).isEqualTo(60_000);
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> policy.delayAfter(13 + i, random).toMillis())
                .distinct().count();
        assertThat(distinct).as("jitter spreads retries").isGreaterThan(40);
        assertThat(policy.delayAfter(1, random).toMillis()).as("after a success the count starts again")
                .isBetween(1000L, 2000L);
        assertThat(policy.triesAgainAfter(1_000_000)).isTrue();
    }

    @Test
    void doublingDelaysStopAfterTheLastTry() {
        RetryPolicy policy = RetryPolicy.doubling(Duration.ofSeconds(1), 5);
        Random unused = new Random(1);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(n -> policy.delayAfter(n, unused)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(policy.triesAgainAfter(4)).isTrue();
        assertThat(policy.triesAgainAfter(5)).as("five tries in all").isFalse();
    }

    @Test
    void aFixedPaceNeverGrowsNorEnds() {
        RetryPolicy policy = RetryPolicy.every(Duration.ofMillis(500));
        Random unused = new Random(1);
        assertThat(policy.delayAfter(1, unused)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(10_000, unused)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.triesAgainAfter(Integer.MAX_VALUE - 1)).isTrue();
    }
}
