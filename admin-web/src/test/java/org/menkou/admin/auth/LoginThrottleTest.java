package org.menkou.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.menkou.admin.testing.SettableClock;

/** The throttle's keys and window, on a settable clock. */
class LoginThrottleTest {
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private final SettableClock clock = new SettableClock(START, ZoneOffset.UTC);
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresPerUserAndAddressThenWaitUntilTheWindowHasPassed() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.tryAttempt("10.0.0.9", "boss")).isZero();
        }
        assertThat(throttle.tryAttempt("10.0.0.9", "boss")).isEqualTo(LoginThrottle.WINDOW);
        assertThat(throttle.tryAttempt("10.0.0.1", "boss")).as("the owner elsewhere").isZero();
        assertThat(throttle.tryAttempt("10.0.0.9", "vol")).as("another user from the guessing address").isZero();
        clock.set(START.plus(LoginThrottle.WINDOW));
        assertThat(throttle.tryAttempt("10.0.0.9", "boss")).isZero();
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedByTheAddressLimit() {
        for (int i = 0; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
            assertThat(throttle.tryAttempt("10.0.0.9", "user" + i)).isZero();
        }
        Duration wait = throttle.tryAttempt("10.0.0.9", "someone-new");
        assertThat(wait).isPositive();
        assertThat(throttle.tryAttempt("10.0.0.8", "someone-new")).isZero();
    }

    @Test
    void aSuccessForgetsThatPairsFailuresAndDoesNotCountAgainstTheAddress() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.tryAttempt("10.0.0.1", "boss");
        }
        assertThat(throttle.tryAttempt("10.0.0.1", "boss")).isZero();
        throttle.succeeded("10.0.0.1", "boss");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.tryAttempt("10.0.0.1", "boss")).as("attempt " + i).isZero();
        }
    }
}
