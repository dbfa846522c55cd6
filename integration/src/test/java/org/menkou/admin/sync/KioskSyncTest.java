package org.menkou.admin.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.KioskResident;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.Resident;
import org.menkou.content.ServiceItem;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.CardKind;
import org.menkou.content.card.CardVerifier;
import org.menkou.content.card.IssuedCard;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncException;
import org.menkou.kiosk.sync.SyncSettings;
import org.menkou.kiosk.sync.SyncSettings.VoiceReport;

/** The kiosk sync engine against a real server on loopback, with real SQLite files on both sides. */
@Tag("integration")
@ExtendWith(LoopbackPort.Resolver.class)
class KioskSyncTest {
    private static final String STATION = "wt-station-1";
    /** How long a kiosk without its server is watched to show that nothing is applied meanwhile. */
    private static final Duration OFFLINE_QUIET = Duration.ofMillis(1_500);
    /** How long the sync loop (every 200 ms here) may take to reach a state. */
    private static final Duration SYNC_WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** A test event type that is kept (not coalesced like heartbeats), counting how often the server applied it. */
    private static final class CountingHandler implements EventHandler {
        final AtomicInteger applied = new AtomicInteger();

        @Override
        public void check(KioskEvent event) {
        }

        @Override
        public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
            applied.incrementAndGet();
            return null;
        }
    }

    private record KioskSide(ContentStore replica, Outbox outbox, SyncSettings settings) {
        KioskSync manual() {
            return KioskSync.manual(replica, outbox, settings, Clock.systemUTC());
        }
    }

    private KioskSide kiosk(String name, int port, String token, int pageSize, boolean seeded) {
        Path file = dir.resolve(name).resolve("menkou.db");
        ContentStore replica = ContentStore.open(Database.openSqlite(file), Clock.systemUTC());
        if (seeded) {
            new DemoSeed().seedIfEmpty(replica, LocalDate.now());
        }
        SyncSettings settings = SyncSettings.defaults(URI.create("http://127.0.0.1:" + port + "/"), token, "test-1",
                        () -> new VoiceReport(false, "no-model"))
                .withInterval(Duration.ofMillis(200)).withRetry(Duration.ofMillis(50), Duration.ofMillis(400))
                .withPageSize(pageSize);
        return new KioskSide(replica, Outbox.open(replica.database(), Clock.systemUTC()), settings);
    }

    /** The replica holds exactly what the server shows a kiosk of {@link #STATION}, value for value. */
    private static void assertReplicaMatches(ContentStore server, ContentStore replica) {
        Set<Notice> expectedNotices = server.notices().all().stream()
                .filter(n -> n.stationId() == null || Set.of(STATION, "wt-centre").contains(n.stationId()))
                .collect(Collectors.toSet());
        assertThat(Set.copyOf(replica.notices().all())).isEqualTo(expectedNotices);
        assertThat(Set.copyOf(replica.stations().all())).isEqualTo(Set.copyOf(server.stations().all()));
        assertThat(Set.copyOf(replica.policies().all())).isEqualTo(Set.copyOf(server.policies().all()));
        assertThat(items(replica)).isEqualTo(items(server).stream()
                .filter(i -> i.stationIds().contains(STATION) || i.stationIds().contains("wt-centre")).collect(Collectors.toSet()));
        assertThat(Set.copyOf(replica.kioskResidents().all()))
                .isEqualTo(server.residents().all().stream().map(KioskResident::of).collect(Collectors.toSet()));
        assertThat(replica.residents().all()).isEmpty();
        LocalDate from = LocalDate.now().minusYears(1);
        LocalDate to = LocalDate.now().plusYears(1);
        assertThat(replica.menus().between(from, to)).isEqualTo(server.menus().between(from, to));
        assertThat(replica.replica().syncedVersion()).hasValue(server.changes().currentVersion());
    }

    private static Set<ServiceItem> items(ContentStore s) {
        return s.categories().all().stream().flatMap(c -> s.services().inCategory(c.id()).stream()).collect(Collectors.toSet());
    }

    /** One random edit on the server: notices for various stations, service item reassignments, residents. */
    private static void randomEdit(ContentStore server, Random random, int n) {
        List<String> stations = List.of(STATION, "wt-station-2", "wt-centre", "");
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                String station = stations.get(random.nextInt(stations.size()));
                server.notices().save(new Notice("rnd-" + random.nextInt(12), NoticeKind.NOTICE, "随机通知" + n, "内容 " + n,
                        station.isEmpty() ? null : station, LocalDate.now(), LocalDate.now().plusDays(3)));
            }
            case 2 -> server.notices().delete("rnd-" + random.nextInt(12));
            case 3 -> {
                List<ServiceItem> all = List.copyOf(items(server));
                ServiceItem i = all.get(random.nextInt(all.size()));
                List<String> at = random.nextBoolean() ? List.of("wt-station-2") : List.of(STATION, "wt-station-3");
                server.services().save(new ServiceItem(i.id(), i.categoryId(), i.name(), i.summary(), i.eligibility(),
                        i.fees(), i.provides(), i.hours(), i.provider(), i.howToApply(), i.location(), i.phone(), at,
                        i.sortOrder()));
            }
            case 4 -> server.residents().save(new Resident("rr-" + random.nextInt(5), "欧阳明" + "华英".charAt(n % 2),
                    1940 + random.nextInt(20), "STANDARD", STATION));
            default -> server.residents().delete("rr-" + random.nextInt(5));
        }
    }

    @Test
    void deltasStayCorrectUnderInterleavedEditsAndDeletes() {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        String token = f.admin.kiosks().register(STATION, "一号", "test").token();
        f.app.start("127.0.0.1", 0);
        try {
            KioskSide side = kiosk("kiosk", f.app.port(), token, 7, true);
            KioskSync sync = side.manual();
            sync.runOnce();
            assertReplicaMatches(f.store, side.replica());
            assertThat(side.replica().meta(KioskSync.KIOSK_META)).as("the kiosk knows its id (its alarms carry it)")
                    .hasValue(f.admin.kiosks().all().get(0).id());
            Random random = new Random(42);
            for (int round = 0; round < 40; round++) {
                for (int e = random.nextInt(15); e > 0; e--) {
                    randomEdit(f.store, random, round * 100 + e);
                }
                sync.runOnce();
                assertReplicaMatches(f.store, side.replica());
            }
            assertThat(sync.status().online()).isTrue();
            assertThat(f.admin.kiosks().all().get(0).contentVersion()).isPositive();
        } finally {
            f.app.stop();
        }
    }

    @Test
    void cardKeysAndRevocationsReachTheKioskWhichThenVerifiesCardsOffline() {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        String token = f.admin.kiosks().register(STATION, "一号", "test").token();
        CardIssuer issuer = CardIssuer.forDataDirectory(dir.resolve("server"), f.store, Clock.systemUTC(),
                CardIssuer.DEFAULT_VALIDITY);
        IssuedCard first = issuer.issue("r-7k2m9q");
        f.app.start("127.0.0.1", 0);
        try {
            KioskSide side = kiosk("kiosk", f.app.port(), token, 5, false);
            KioskSync sync = side.manual();
            sync.runOnce();
            CardVerifier atKiosk = CardVerifier.fromStore(side.replica(), Clock.systemUTC());
            assertThat(atKiosk.check(first.payload()).kind()).isEqualTo(CardKind.RESIDENT_CARD);
            assertThat(atKiosk.check(first.payload()).residentId()).contains("r-7k2m9q");

            IssuedCard reprint = issuer.issue("r-7k2m9q");
            sync.runOnce();
            atKiosk = CardVerifier.fromStore(side.replica(), Clock.systemUTC());
            assertThat(atKiosk.check(first.payload()).kind()).isEqualTo(CardKind.REVOKED);
            assertThat(atKiosk.check(reprint.payload()).kind()).isEqualTo(CardKind.RESIDENT_CARD);
            assertThat(side.replica().cards().revocation(first.card().cardId())).get()
                    .isEqualTo(f.store.cards().revocation(first.card().cardId()).orElseThrow());
            // The kiosk never gets the table that links cards to residents.
            assertThat(side.replica().cards().ofResident("r-7k2m9q")).isEmpty();
        } finally {
            f.app.stop();
        }
    }

    @Test
    void aKioskOfflineForADayKeepsItsContentAndCatchesUpWithNothingLost(LoopbackPort held) throws Exception {
        int port = held.port();
        Path serverDir = dir.resolve("server");
        AdminFixture first = new AdminFixture(serverDir);
        String token = first.admin.kiosks().register(STATION, "一号", "test").token();
        KioskSide side = kiosk("kiosk", port, token, 50, false);
        CountingHandler counted = new CountingHandler();
        first.admin.withEventHandler("test-event", counted);
        first.app.start("127.0.0.1", port);
        KioskSync sync = KioskSync.start(side.replica(), side.outbox(), side.settings(), Clock.systemUTC());
        try {
            await("the kiosk caught up").atMost(SYNC_WAIT)
                    .until(() -> side.replica().replica().syncedVersion().orElse(0) == first.store.changes().currentVersion());
            first.app.stop();
            await("the kiosk noticed the server is gone").atMost(SYNC_WAIT).until(() -> !sync.status().online());
            long versionWhileOffline = side.replica().replica().syncedVersion().orElseThrow();
            int noticesWhileOffline = side.replica().notices().all().size();
            // A day of work at the centre: hundreds of edits and deletes, while the kiosk queues its own events.
            Random random = new Random(7);
            for (int n = 0; n < 400; n++) {
                randomEdit(first.store, random, n);
            }
            for (int n = 0; n < 20; n++) {
                side.outbox().add("test-event", Map.of("n", n));
            }
            // What is asserted is that nothing happens while the server is down, so it is held for a quiet period.
            await("offline: content as it was, 20 events and one coalesced heartbeat queued")
                    .during(OFFLINE_QUIET).atMost(OFFLINE_QUIET.plusSeconds(20))
                    .until(() -> !sync.status().online() && side.replica().notices().all().size() == noticesWhileOffline
                            && side.replica().replica().syncedVersion().orElseThrow() == versionWhileOffline
                            && side.outbox().pendingCount() == 21);
            assertThat(sync.status().online()).isFalse();
            assertThat(side.replica().notices().all()).hasSize(noticesWhileOffline);
            assertThat(side.replica().replica().syncedVersion()).hasValue(versionWhileOffline);
            assertThat(side.outbox().pendingCount()).as("20 events and one coalesced heartbeat").isEqualTo(21);

            AdminFixture second = new AdminFixture(serverDir);
            second.admin.withEventHandler("test-event", counted);
            second.app.start("127.0.0.1", port);
            try {
                await("back online with the outbox empty and the content caught up").atMost(SYNC_WAIT)
                        .until(() -> sync.status().online() && side.outbox().pendingCount() == 0
                                && side.replica().replica().syncedVersion().orElse(0) == second.store.changes().currentVersion());
                assertReplicaMatches(second.store, side.replica());
                assertThat(counted.applied.get()).isEqualTo(20);
            } finally {
                second.app.stop();
            }
        } finally {
            sync.close();
        }
    }

    @Test
    void aServerRestartMidSyncLosesNothingAndStoresEachEventOnce(LoopbackPort held) throws Exception {
        int port = held.port();
        Path serverDir = dir.resolve("server");
        AdminFixture first = new AdminFixture(serverDir);
        String token = first.admin.kiosks().register(STATION, "一号", "test").token();
        CountingHandler counted = new CountingHandler();
        first.admin.withEventHandler("test-event", counted);
        KioskSide side = kiosk("kiosk", port, token, 5, false);
        KioskSync sync = side.manual();
        first.app.start("127.0.0.1", port);
        sync.runOnce();
        Random random = new Random(3);
        for (int n = 0; n < 120; n++) {
            randomEdit(first.store, random, n);
        }
        long before = side.replica().replica().syncedVersion().orElseThrow();
        // The server dies after serving the third page of the round, and, on events, after storing but before answering.
        AtomicInteger pages = new AtomicInteger();
        first.app.unsafe.routes.after(KioskApiPaths.CONTENT, ctx -> {
            if (pages.incrementAndGet() == 3) {
                new Thread(first.app::stop).start();
            }
        });
        first.app.unsafe.routes.after(KioskApiPaths.EVENTS, ctx -> {
            throw new IllegalStateException("answer lost");
        });
        for (int n = 0; n < 5; n++) {
            side.outbox().add("test-event", Map.of("n", n));
        }
        assertThatThrownBy(sync::runOnce).isInstanceOf(SyncException.class);
        assertThat(counted.applied.get()).as("stored before the answer was lost").isEqualTo(5);
        assertThat(side.outbox().pendingCount()).isEqualTo(6);
        first.app.stop();
        assertThat(side.replica().replica().syncedVersion()).as("a broken round applies nothing").hasValue(before);

        AdminFixture second = new AdminFixture(serverDir);
        second.admin.withEventHandler("test-event", counted);
        second.app.start("127.0.0.1", port);
        try {
            sync.runOnce();
            assertReplicaMatches(second.store, side.replica());
            assertThat(side.outbox().pendingCount()).isZero();
            assertThat(counted.applied.get()).as("retries of stored events are not applied again").isEqualTo(5);
            assertThat(sync.status().online()).isTrue();
        } finally {
            second.app.stop();
        }
    }
}
