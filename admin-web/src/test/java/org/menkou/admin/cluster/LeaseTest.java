package org.menkou.admin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.SharedDatabase;
import org.menkou.content.db.Database;

/** Nodes' leases on one database, each through its own connections, as separate processes would hold them. */
class LeaseTest {
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration RENEW = Duration.ofMillis(200);
    private static final Duration TTL = Duration.ofMillis(600);
    private final SettableClock clock = new SettableClock(START, ZoneOffset.UTC);
    private final List<Database> databases = new ArrayList<>();
    @TempDir
    Path dir;
    private SharedDatabase shared;

    @BeforeEach
    void migrate() {
        database().migrate(AdminApp.MIGRATIONS);
    }

    @AfterEach
    void close() {
        databases.forEach(Database::close);
    }

    private Database database() {
        if (shared == null) {
            shared = SharedDatabase.create(dir);
        }
        Database db = shared.open();
        databases.add(db);
        return db;
    }

    private Lease lease(String node, Clock on) {
        return new Lease(database().jdbi(), "singleton", node, on, RENEW, TTL);
    }

    private void advance(Duration d) {
        clock.set(clock.instant().plus(d));
    }

    @Test
    void theFirstHoldsWhileItRenewsAndTheOtherTakesOverOnlyAfterTheExpiry() {
        Lease a = lease("node-a", clock);
        Lease b = lease("node-b", clock);
        assertThat(a.tick()).isTrue();
        assertThat(b.tick()).as("held by a").isFalse();
        for (int i = 0; i < 5; i++) {
            advance(RENEW);
            assertThat(a.tick()).as("a renews").isTrue();
            assertThat(b.tick()).isFalse();
            assertThat(a.held()).isTrue();
            assertThat(b.held()).isFalse();
        }
        // a dies: it renews no more.
        advance(TTL.minus(RENEW));
        assertThat(a.held()).as("a stops one renewal period after the renewal it missed, before b may start").isFalse();
        assertThat(b.tick()).as("the row has not expired yet").isFalse();
        advance(RENEW);
        assertThat(b.tick()).as("expired: b takes over").isTrue();
        assertThat(b.holder()).map(Lease.Holder::node).hasValue("node-b");
        assertThat(a.tick()).as("a comes back and finds b holding").isFalse();
        assertThat(a.held()).isFalse();
    }

    @Test
    void closingTheHolderHandsTheLeaseOverAtTheOthersNextTry() {
        Lease a = lease("node-a", clock);
        Lease b = lease("node-b", clock);
        assertThat(a.tick()).isTrue();
        a.close();
        assertThat(a.held()).isFalse();
        assertThat(a.tick()).as("closed for good").isFalse();
        assertThat(b.tick()).isTrue();
    }

    @Test
    void aHolderThatCannotReachTheDatabaseLetsTheLeaseLapse() {
        Database lost = database();
        Lease a = new Lease(lost.jdbi(), "singleton", "node-a", clock, RENEW, TTL);
        assertThat(a.tick()).isTrue();
        lost.close();
        advance(RENEW);
        assertThat(a.tick()).as("renewal failed, still within its time").isTrue();
        advance(TTL.minus(RENEW).minus(RENEW));
        assertThat(a.held()).isFalse();
    }

    @Test
    void onTheRealClockExactlyOneOfThreeLeadsAndAnotherTakesOverWhenTheLeaderStops() throws InterruptedException {
        List<Lease> nodes = new ArrayList<>(List.of(lease("node-a", Clock.systemUTC()),
                lease("node-b", Clock.systemUTC()), lease("node-c", Clock.systemUTC())));
        nodes.forEach(Lease::start);
        try {
            await("a leader").atMost(Duration.ofSeconds(5)).until(() -> nodes.stream().anyMatch(Lease::held));
            for (int sample = 0; sample < 20; sample++) {
                assertThat(nodes.stream().filter(Lease::held).count()).as("leaders at sample " + sample)
                        .isLessThanOrEqualTo(1);
                Thread.sleep(50);
            }
            Lease leader = nodes.stream().filter(Lease::held).findFirst().orElseThrow();
            leader.close();
            nodes.remove(leader);
            long stopped = System.nanoTime();
            await("another leader").atMost(TTL.plus(RENEW).multipliedBy(2)).until(() -> nodes.stream().anyMatch(Lease::held));
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).as("a closed leader hands over at the next try")
                    .isLessThan(RENEW.multipliedBy(5));
            assertThat(nodes.stream().filter(Lease::held).count()).isEqualTo(1);
        } finally {
            nodes.forEach(Lease::close);
        }
    }
}
