package org.menkou.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.menkou.content.ContentException;
import org.menkou.content.protocol.KioskIdentity;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.kiosk.sync.SyncException.Kind;
import org.menkou.kiosk.testing.MutableClock;

/**
 * The kiosk's choice of server ({@link ServerList}) through its real HTTP client, against stand-in servers on
 * loopback: a held port nobody listens on is a dead node (refused at once).
 */
@ExtendWith(LoopbackPort.Resolver.class)
class ServerFailoverTest {
    private static final String TOKEN = "mk1.abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ME = "{\"kioskId\":\"k-%s\",\"stationId\":\"wt-station-1\",\"stationName\":\"站\","
            + "\"heartbeatSeconds\":30,\"contentVersion\":1}";
    private static final Duration RETRY_PREFERRED = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private SyncClient client(ServerList servers, Duration timeout) {
        return new SyncClient(servers, TOKEN, timeout, ServerTrust.system());
    }

    private ServerList list(URI... servers) {
        return new ServerList(List.of(servers), RETRY_PREFERRED, clock);
    }

    @Test
    void aDeadFirstServerIsPassedOverAndTheSecondIsKept(LoopbackPort dead) throws Exception {
        try (FakeKioskServer second = FakeKioskServer.start(0, 200, ME.formatted("second"))) {
            ServerList servers = list(dead.httpUrl(), second.url());
            SyncClient client = client(servers, Duration.ofSeconds(5));

            assertThat(client.me().kioskId()).isEqualTo("k-second");
            assertThat(servers.current()).isEqualTo(second.url());
            assertThat(servers.order()).as("the next call goes to the server that answered first")
                    .containsExactly(second.url(), dead.httpUrl());
            assertThat(client.me().kioskId()).isEqualTo("k-second");
            assertThat(second.requests()).isEqualTo(2);
        }
    }

    @Test
    void thePreferredServerIsUsedAgainOnceItAnswersAfterTheRetryInterval(LoopbackPort first) throws Exception {
        try (FakeKioskServer second = FakeKioskServer.start(0, 200, ME.formatted("second"))) {
            ServerList servers = list(first.httpUrl(), second.url());
            SyncClient client = client(servers, Duration.ofSeconds(5));
            assertThat(client.me().kioskId()).isEqualTo("k-second");

            try (FakeKioskServer back = FakeKioskServer.start(first.port(), 200, ME.formatted("first"))) {
                clock.advance(RETRY_PREFERRED.minusSeconds(1));
                assertThat(client.me().kioskId()).as("before the interval the kiosk stays where it is").isEqualTo("k-second");
                assertThat(back.requests()).isZero();

                clock.advance(Duration.ofSeconds(1));
                assertThat(client.me().kioskId()).isEqualTo("k-first");
                assertThat(servers.current()).isEqualTo(first.httpUrl());
                assertThat(client.me().kioskId()).isEqualTo("k-first");
                assertThat(back.requests()).isEqualTo(2);
                assertThat(second.requests()).isEqualTo(2);
            }
        }
    }

    @Test
    void aPreferredServerStillDeadIsAskedOncePerIntervalOnly(LoopbackPort first) throws Exception {
        try (FakeKioskServer second = FakeKioskServer.start(0, 200, ME.formatted("second"))) {
            ServerList servers = list(first.httpUrl(), second.url());
            SyncClient client = client(servers, Duration.ofSeconds(5));
            client.me();
            clock.advance(RETRY_PREFERRED);
            assertThat(servers.order()).as("due again: asked first").startsWith(first.httpUrl());
            assertThat(client.me().kioskId()).isEqualTo("k-second");
            assertThat(servers.order()).as("it failed again: not before another interval")
                    .containsExactly(second.url(), first.httpUrl());
        }
    }

    @Test
    void whenNoServerAnswersTheCallFailsAsUnreachableNamingEach(LoopbackPort a, LoopbackPort b) {
        SyncClient client = client(list(a.httpUrl(), b.httpUrl()), Duration.ofSeconds(5));
        assertThatThrownBy(client::me).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.kind()).as("retried by the sync loop and the alarm sender").isEqualTo(Kind.UNREACHABLE);
            assertThat(e.status()).isZero();
            assertThat(e.getMessage()).contains("unreachable", a.httpUrl().toString(), b.httpUrl().toString(),
                    "connection refused");
        });
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsPassedOverAfterTheTimeout() throws Exception {
        // A listening socket nobody accepts from: the connection is made (backlog), the answer never comes.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             FakeKioskServer second = FakeKioskServer.start(0, 200, ME.formatted("second"))) {
            URI silentUrl = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/");
            ServerList servers = list(silentUrl, second.url());
            KioskIdentity me = client(servers, Duration.ofMillis(500)).me();
            assertThat(me.kioskId()).isEqualTo("k-second");
            assertThat(servers.current()).isEqualTo(second.url());
        }
    }

    @Test
    void anErrorAnswerIsAnAnswerAndDoesNotFailOver() throws Exception {
        try (FakeKioskServer first = FakeKioskServer.start(0, 401,
                "{\"error\":\"bad_token\",\"message\":\"unknown or revoked kiosk token\"}");
             FakeKioskServer second = FakeKioskServer.start(0, 200, ME.formatted("second"))) {
            ServerList servers = list(first.url(), second.url());
            SyncClient client = client(servers, Duration.ofSeconds(5));
            assertThatThrownBy(client::me).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.REFUSED);
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.code()).isEqualTo("bad_token");
            });
            first.answer(503, "{\"error\":\"busy\",\"message\":\"try later\"}");
            assertThatThrownBy(client::me).isInstanceOfSatisfying(SyncException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
            assertThat(second.requests()).isZero();
            assertThat(servers.current()).isEqualTo(first.url());
        }
    }

    @Test
    void clientsSharingTheListFollowTheSwitch(LoopbackPort dead) throws Exception {
        try (FakeKioskServer second = FakeKioskServer.start(0, 200, ME.formatted("second"))) {
            ServerList servers = list(dead.httpUrl(), second.url());
            SyncClient sync = client(servers, Duration.ofSeconds(5));
            SyncClient alarms = client(servers, Duration.ofSeconds(3));
            sync.me();
            assertThat(alarms.servers().order()).first().isEqualTo(second.url());
            assertThat(alarms.me().kioskId()).isEqualTo("k-second");
        }
    }

    @Test
    void theListIsNormalisedAndRefusesWhatIsNoServer() {
        ServerList servers = list(URI.create("http://a.example:7080"), URI.create("http://a.example:7080/"),
                URI.create("https://b.example"));
        assertThat(servers.all()).containsExactly(URI.create("http://a.example:7080/"), URI.create("https://b.example/"));
        assertThat(servers.current()).isEqualTo(URI.create("http://a.example:7080/"));
        assertThatThrownBy(() -> list(URI.create("ftp://a.example/"))).isInstanceOf(ContentException.class)
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> new ServerList(List.of(), RETRY_PREFERRED, clock)).isInstanceOf(ContentException.class);
    }
}
