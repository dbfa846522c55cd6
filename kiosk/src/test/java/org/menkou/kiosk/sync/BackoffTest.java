package org.menkou.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void delaysGrowExponentiallyWithJitterUpToTheCapAndResetAfterSuccess() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(1));
        long previousCeiling = 1000;
        for (int i = 1; i <= 12; i++) {
            long ms = b.nextDelay().toMillis();
            long ceiling = Math.min(60_000, 1000L << i);
            assertThat(ms).isBetween(1000L, ceiling);
            previousCeiling = ceiling;
        }
        assertThat(previousCeiling).isEqualTo(60_000);
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> b.nextDelay().toMillis()).distinct().count();
        assertThat(distinct).as("jitter spreads retries").isGreaterThan(40);
        b.reset();
        assertThat(b.nextDelay().toMillis()).isBetween(1000L, 2000L);
    }
}
