package org.menkou.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.protocol.EventAck;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.sync.SyncException;

/**
 * The kiosk API through the kiosk's own client: pushes are idempotent, a kiosk gets its station's content and masked
 * residents only, and a version from the future is a refusal the kiosk recovers from.
 */
@Tag("integration")
class KioskApiClientTest {
    @TempDir
    Path dir;

    @Test
    void aDuplicatePushIsStoredOnceAndAnsweredWithTheSameIds() {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            SyncClient kiosk = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), token);
            var json = SyncJson.strict();
            List<KioskEvent> events = List.of(
                    new KioskEvent("aaaaaaaa-0001", Heartbeat.TYPE, Instant.now(), json.valueToTree(new Heartbeat(3, "0.1", true, "ready"))),
                    new KioskEvent("aaaaaaaa-0002", Heartbeat.TYPE, Instant.now(), json.valueToTree(new Heartbeat(4, "0.1", true, "ready"))));
            EventAck first = kiosk.push(new EventBatch(events));
            EventAck again = kiosk.push(new EventBatch(events));
            assertThat(first.receipts()).extracting(r -> r.duplicate()).containsExactly(false, false);
            assertThat(again.receipts()).extracting(r -> r.duplicate()).containsExactly(true, true);
            assertThat(again.receipts()).extracting(r -> r.serverId())
                    .containsExactlyElementsOf(first.receipts().stream().map(r -> r.serverId()).toList());
            assertThat(f.admin.events().count(Heartbeat.TYPE)).isEqualTo(2);
        });
    }

    @Test
    void aKioskSeesOnlyItsStationsContentAndMaskedResidents() {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            SyncClient kiosk = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), token);
            ContentPage page = kiosk.content(0, 500);
            assertThat(page.snapshot()).isTrue();
            assertThat(page.more()).isFalse();
            assertThat(page.version()).isEqualTo(f.store.changes().currentVersion());
            List<String> notices = page.items().stream().filter(i -> i.entity().equals("NOTICE")).map(i -> i.id()).toList();
            f.store.notices().all().forEach(n -> {
                boolean visible = n.stationId() == null || n.stationId().equals("wt-station-1") || n.stationId().equals("wt-centre");
                assertThat(notices.contains(n.id())).as(n.id() + " at " + n.stationId()).isEqualTo(visible);
            });
            var residents = page.items().stream().filter(i -> i.entity().equals("RESIDENT")).toList();
            assertThat(residents).hasSize(f.store.residents().all().size());
            residents.forEach(r -> {
                // Only these fields; the birth year (a year, no date) serves the kiosk's age-based policy suggestions.
                List<String> fields = new java.util.ArrayList<>();
                r.value().fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactlyInAnyOrder("id", "maskedName", "tierCode", "homeStationId", "birthYear");
                assertThat(r.value().get("birthYear").isInt()).isTrue();
                assertThat(r.value().get("maskedName").asText()).contains("*");
            });
            String full = f.store.residents().all().get(0).name();
            assertThat(page.toString()).doesNotContain(full);
        });
    }

    @Test
    void versionFromTheFutureIsAClientErrorTheKioskRecoversFrom() {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            SyncClient kiosk = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), token);
            try {
                kiosk.content(1_000_000, 10);
                throw new AssertionError("expected a refusal");
            } catch (SyncException e) {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.code()).isEqualTo("version_from_future");
                assertThat(e.kind()).isEqualTo(SyncException.Kind.REFUSED);
            }
        });
    }
}
