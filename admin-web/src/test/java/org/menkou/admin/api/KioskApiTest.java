package org.menkou.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.protocol.Heartbeat;

/** The kiosk API over real HTTP: refused input gets a 4xx with a reason and changes nothing. */
@Tag("integration")
class KioskApiTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> raw(int port, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            int port = server.port();
            String ok = "{\"events\":[{\"id\":\"11111111-aaaa\",\"type\":\"heartbeat\",\"at\":\"2026-01-01T00:00:00Z\","
                    + "\"payload\":{\"contentVersion\":1,\"appVersion\":\"0.1\",\"voiceModelInstalled\":false,\"voiceStatus\":\"no-model\"}}]}";
            assertThat(raw(port, "mk1.wrong-token-wrong-token-wrong", "POST", "/api/kiosk/v1/events", ok))
                    .satisfies(r -> assertThat(r.statusCode()).isEqualTo(401))
                    .satisfies(r -> assertThat(r.body()).contains("bad_token"));
            assertThat(raw(port, null, "GET", "/api/kiosk/v1/content?since=0", null).statusCode()).isEqualTo(401);
            HttpResponse<String> malformed = raw(port, token, "POST", "/api/kiosk/v1/events", "{\"events\":[{");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("malformed_json");
            HttpResponse<String> unknown = raw(port, token, "POST", "/api/kiosk/v1/events", ok.replace("\"at\"", "\"color\":1,\"at\""));
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("unknown_field").contains("color");
            HttpResponse<String> unknownPayloadField = raw(port, token, "POST", "/api/kiosk/v1/events",
                    ok.replace("\"voiceStatus\"", "\"extra\":1,\"voiceStatus\""));
            assertThat(unknownPayloadField.statusCode()).isEqualTo(400);
            String huge = "{\"events\":[{\"id\":\"22222222-bbbb\",\"type\":\"heartbeat\",\"at\":\"2026-01-01T00:00:00Z\",\"payload\":{\"x\":\""
                    + "a".repeat(300_000) + "\"}}]}";
            HttpResponse<String> oversized = raw(port, token, "POST", "/api/kiosk/v1/events", huge);
            assertThat(oversized.statusCode()).isEqualTo(413);
            assertThat(raw(port, token, "POST", "/api/kiosk/v1/events", ok.replace("heartbeat\"", "launch-missiles\"")).body())
                    .contains("unknown_event_type");
            long current = f.store.changes().currentVersion();
            HttpResponse<String> future = raw(port, token, "GET", "/api/kiosk/v1/content?since=" + (current + 5), null);
            assertThat(future.statusCode()).isEqualTo(409);
            assertThat(future.body()).contains("version_from_future");
            assertThat(raw(port, token, "GET", "/api/kiosk/v1/content?since=abc", null).statusCode()).isEqualTo(400);
            assertThat(raw(port, token, "GET", "/api/kiosk/v1/content?since=0&limit=0", null).statusCode()).isEqualTo(400);
            assertThat(f.admin.events().count(Heartbeat.TYPE)).isZero();
            assertThat(f.admin.kiosks().all().get(0).lastHeartbeat()).isNull();
            assertThat(raw(port, token, "POST", "/api/kiosk/v1/events", ok).statusCode()).isEqualTo(200);
            assertThat(f.admin.kiosks().all().get(0).contentVersion()).isEqualTo(1L);
            f.admin.kiosks().revoke(f.admin.kiosks().all().get(0).id());
            assertThat(raw(port, token, "GET", "/api/kiosk/v1/me", null).statusCode()).isEqualTo(401);
        });
    }
}
