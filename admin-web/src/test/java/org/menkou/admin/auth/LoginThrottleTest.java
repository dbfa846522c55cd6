package org.menkou.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.SharedDatabase;
import org.menkou.content.db.Database;

/** The throttle's keys and window, on a settable clock and a real database. */
class LoginThrottleTest {
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private final SettableClock clock = new SettableClock(START, ZoneOffset.UTC);
    @TempDir
    Path dir;
    private SharedDatabase shared;
    private Database db;
    private LoginThrottle throttle;

    @BeforeEach
    void open() {
        shared = SharedDatabase.create(dir);
        db = shared.open();
        db.migrate(AdminApp.MIGRATIONS);
        throttle = new LoginThrottle(db.jdbi(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

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

    @Test
    void failuresCountedThroughOneNodesConnectionsThrottleAnotherNodes() {
        try (Database other = shared.open()) {
            LoginThrottle elsewhere = new LoginThrottle(other.jdbi(), clock);
            for (int i = 0; i < LoginThrottle.MAX_FAILURES - 2; i++) {
                assertThat(throttle.tryAttempt("10.0.0.9", "boss")).isZero();
            }
            assertThat(elsewhere.tryAttempt("10.0.0.9", "boss")).isZero();
            assertThat(elsewhere.tryAttempt("10.0.0.9", "boss")).isZero();
            assertThat(throttle.tryAttempt("10.0.0.9", "boss")).isEqualTo(LoginThrottle.WINDOW);
            assertThat(elsewhere.tryAttempt("10.0.0.9", "boss")).isEqualTo(LoginThrottle.WINDOW);
        }
    }

    @Test
    void pruningDeletesOnlyKeysQuietForTheWholeWindow() {
        throttle.tryAttempt("10.0.0.1", "boss");
        clock.set(START.plus(LoginThrottle.WINDOW.minusSeconds(1)));
        throttle.tryAttempt("10.0.0.2", "boss");
        clock.set(START.plus(LoginThrottle.WINDOW).plusSeconds(1));
        assertThat(throttle.prune()).as("the address and pair rows of 10.0.0.1").isEqualTo(2);
        assertThat(throttle.prune()).isZero();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThat(throttle.tryAttempt("10.0.0.2", "boss")).isZero();
        }
        assertThat(throttle.tryAttempt("10.0.0.2", "boss")).as("the kept row still counts").isPositive();
    }
}
