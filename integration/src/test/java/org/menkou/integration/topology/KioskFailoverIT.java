package org.menkou.integration.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.Meal;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.MealBooking;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.content.testing.PostgresCluster;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.sync.KioskCredentials;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.KioskSyncLauncher;
import org.menkou.kiosk.sync.ServerTrust;
import org.menkou.kiosk.sync.SyncSettings.VoiceReport;

/**
 * A kiosk with several servers, all real: admin servers (AdminApp on loopback, two of them sharing one database as
 * the nodes of one site: an SQLite file, or PostgreSQL in the build's second run), Debian's nginx as the load balancer with TLS by a CA made in the test, and the kiosk started
 * the way {@code menkou kiosk --server … --server-ca …} starts it ({@link KioskSyncLauncher#remember}, then
 * {@link KioskSyncLauncher#start} and {@link AlarmLauncher#start} on its own SQLite file).
 */
@Tag("integration")
@Tag("topology")
@ExtendWith(LoopbackPort.Resolver.class)
class KioskFailoverIT {
    private static final String STATION = "wt-station-1";
    private static final String RESIDENT = "r-3f8x1w";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** A kiosk process's sync and alarm parts on {@code data}; closed together. */
    private record Kiosk(ContentStore store, KioskSync sync, AlarmLauncher alarm) implements AutoCloseable {
        static Kiosk start(Path data, KioskCredentials credentials) throws Exception {
            ContentStore store = ContentStore.open(Database.openIn(data));
            // As KioskCommand: the alarm table is made before the sync thread writes to the same file.
            store.database().migrate(AlarmJournal.MIGRATIONS);
            KioskSync sync = KioskSyncLauncher.start(store, credentials, "test", () -> new VoiceReport(false, "none"),
                    Duration.ofMillis(300));
            AlarmLauncher alarm = AlarmLauncher.start(data, store, STATION, "key:F12", Optional.of(sync), Optional::empty);
            return new Kiosk(store, sync, alarm);
        }

        /** Presses the emergency button and waits until the server has taken the alarm. */
        KioskAlarm callFor(AdminFixture server) {
            KioskAlarm pressed = alarm.alarms().press(AlarmSource.BUTTON);
            await("alarm " + pressed.id() + " delivered").atMost(WAIT)
                    .until(() -> alarm.alarms().find(pressed.id()).orElseThrow().delivered() != null);
            assertThat(server.admin.alarms().alarms().all()).filteredOn(a -> a.alarmId().equals(pressed.id()))
                    .as("stored once").hasSize(1);
            return pressed;
        }

        @Override
        public void close() {
            alarm.close();
            sync.close();
            store.database().close();
        }
    }

    /** One new PostgreSQL database for two nodes, each with its own connections as two processes would. */
    private static List<Database> oneDatabaseForTwoNodes(Path dir) {
        String url = PostgresCluster.shared().newDatabase();
        return List.of(Database.open(url, dir), Database.open(url, dir));
    }

    private static String url(AdminFixture node) {
        return "http://127.0.0.1:" + node.app.port() + "/";
    }

    @Test
    void aKioskWhoseFirstServerIsDeadSyncsBooksAndCallsThroughTheSecond(LoopbackPort dead) throws Exception {
        AdminFixture server = new AdminFixture(dir.resolve("server"));
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(server.store, tomorrow, 10);
        server.app.start("127.0.0.1", 0);
        String token = server.admin.kiosks().register(STATION, "k", "boss").token();
        KioskCredentials credentials = KioskSyncLauncher.remember(dir.resolve("kiosk"),
                List.of(dead.httpUrl(), URI.create(url(server))), token, null).orElseThrow();
        try (Kiosk kiosk = Kiosk.start(dir.resolve("kiosk"), credentials)) {
            await("content synced through the second server").atMost(WAIT).until(() -> kiosk.sync().isOnline()
                    && kiosk.sync().status().contentVersion() == server.store.changes().currentVersion());
            assertThat(kiosk.sync().servers().current()).isEqualTo(URI.create(url(server)));
            assertThat(kiosk.store().notices().all()).isNotEmpty();

            String card = CardIssuer.forDataDirectory(dir.resolve("server"), server.store, Clock.systemUTC(),
                    Period.ofYears(5)).issue(RESIDENT).payload();
            MealBooking booked = KioskMealBookings.over(kiosk.sync(), Duration.ofSeconds(5)).book(new BookingRequest(
                    KioskMealBookings.newBookingId(), MealTesting.CANTEEN, tomorrow, Meal.LUNCH, "A", RESIDENT, "DIBAO",
                    true, null, card));
            assertThat(booked.state()).isEqualTo(MealBooking.State.CONFIRMED);
            assertThat(server.admin.meals().confirmedCount(MealTesting.CANTEEN, tomorrow, Meal.LUNCH)).isEqualTo(1);

            kiosk.callFor(server);
            assertThat(kiosk.sync().servers().current()).as("still on the server that answers")
                    .isEqualTo(URI.create(url(server)));
        } finally {
            server.app.stop();
        }
    }

    @Test
    void behindATlsBalancerTheAlarmArrivesWhileOneOfTwoNodesIsStopped() throws Exception {
        TestCertificates certificates = TestCertificates.create(dir.resolve("certs"), "Menkou district test CA");
        Path serverDir = dir.resolve("server");
        List<Database> databases = oneDatabaseForTwoNodes(serverDir);
        AdminFixture nodeA = new AdminFixture(serverDir, databases.get(0));
        AdminFixture nodeB = new AdminFixture(serverDir, databases.get(1));
        nodeA.app.start("127.0.0.1", 0);
        nodeB.app.start("127.0.0.1", 0);
        String token = nodeA.admin.kiosks().register(STATION, "k", "boss").token();
        try (NginxBalancer balancer = NginxBalancer.start(dir.resolve("nginx"),
                List.of(nodeA.app.port(), nodeB.app.port()), Optional.of(certificates))) {
            assertThat(balancer.url().getScheme()).isEqualTo("https");
            KioskCredentials credentials = KioskSyncLauncher.remember(dir.resolve("kiosk"), List.of(balancer.url()),
                    token, certificates.ca()).orElseThrow();
            try (Kiosk kiosk = Kiosk.start(dir.resolve("kiosk"), credentials)) {
                await("content synced through the balancer").atMost(WAIT).until(() -> kiosk.sync().isOnline()
                        && kiosk.sync().status().contentVersion() == nodeA.store.changes().currentVersion());
                String a = "127.0.0.1:" + nodeA.app.port();
                String b = "127.0.0.1:" + nodeB.app.port();
                await("both nodes served the kiosk (round-robin)").atMost(WAIT)
                        .until(() -> upstreams(balancer).containsAll(List.of(a, b)));
                KioskAlarm first = kiosk.callFor(nodeB);

                nodeA.app.stop();
                int before = balancer.accessLog().size();
                long seq = nodeB.admin.alarms().alarms().all().stream().filter(x -> x.alarmId().equals(first.id()))
                        .findFirst().orElseThrow().seq();
                assertThat(nodeB.admin.alarms().resolve(seq, "boss")).isTrue();
                await("the kiosk hears that staff resolved the first call").atMost(WAIT).until(() ->
                        kiosk.alarm().alarms().find(first.id()).orElseThrow().phase() == KioskAlarm.Phase.RESOLVED);
                KioskAlarm second = kiosk.callFor(nodeB);
                assertThat(second.id()).isNotEqualTo(first.id());
                await("sync rounds stay online").atMost(WAIT).until(() -> kiosk.sync().isOnline()
                        && balancer.accessLog().size() > before + 10);
                List<String> after = balancer.accessLog().subList(before, balancer.accessLog().size());
                assertThat(after).as("every request after the stop was answered by node B")
                        .allSatisfy(line -> assertThat(line).endsWith(b).matches("\\S+ \\S+ 2\\d\\d .*"));
            }
            assertThat(secureCookieThroughBalancer(balancer, certificates)).as("the admin site behind TLS")
                    .contains("; Secure");
        } finally {
            nodeA.app.stop();
            nodeB.app.stop();
            databases.stream().distinct().forEach(Database::close);
        }
    }

    @Test
    void aKioskThatPinsAnotherCaOrMeetsTheWrongHostNameRefusesTheServer() throws Exception {
        TestCertificates site = TestCertificates.create(dir.resolve("certs"), "Menkou district test CA");
        TestCertificates stranger = TestCertificates.create(dir.resolve("other"), "Someone else's CA");
        TestCertificates wrongHost = TestCertificates.create(dir.resolve("wrong-host"), "Menkou district test CA",
                "DNS:elsewhere.example");
        AdminFixture node = new AdminFixture(dir.resolve("server"));
        node.app.start("127.0.0.1", 0);
        String token = node.admin.kiosks().register(STATION, "k", "boss").token();
        try (NginxBalancer balancer = NginxBalancer.start(dir.resolve("nginx"), List.of(node.app.port()),
                Optional.of(site));
             NginxBalancer misnamed = NginxBalancer.start(dir.resolve("nginx-misnamed"), List.of(node.app.port()),
                     Optional.of(wrongHost))) {
            assertRefused(dir.resolve("kiosk-stranger"), balancer.url(), token, stranger.ca());
            assertRefused(dir.resolve("kiosk-misnamed"), misnamed.url(), token, wrongHost.ca());
            assertThat(balancer.accessLog()).as("no request reached the server").isEmpty();
        } finally {
            node.app.stop();
        }
    }

    private static void assertRefused(Path data, URI server, String token, Path ca) throws Exception {
        KioskCredentials credentials = KioskSyncLauncher.remember(data, List.of(server), token, ca).orElseThrow();
        try (Kiosk kiosk = Kiosk.start(data, credentials)) {
            await("the first round ended").atMost(WAIT).until(() -> !kiosk.sync().status().problem().startsWith("not yet"));
            assertThat(kiosk.sync().isOnline()).isFalse();
            assertThat(kiosk.sync().status().problem()).contains("unreachable", "server certificate not trusted");
            assertThat(kiosk.sync().status().contentVersion()).isZero();
        }
    }

    /** The upstream of each request the balancer logged. */
    private static List<String> upstreams(NginxBalancer balancer) throws Exception {
        return balancer.accessLog().stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
    }

    /** The login page's cookie as a browser gets it through the TLS balancer, trusting the test CA. */
    private static String secureCookieThroughBalancer(NginxBalancer balancer, TestCertificates certificates)
            throws Exception {
        HttpClient browser = HttpClient.newBuilder().sslContext(ServerTrust.pinned(certificates.ca())).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(balancer.url().resolve("login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        return login.headers().firstValue("Set-Cookie").orElse("");
    }
}
