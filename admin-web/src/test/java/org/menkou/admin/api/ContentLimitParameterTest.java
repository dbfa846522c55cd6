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

/** The content feed's {@code limit} is range-checked as a number before it is used, over real HTTP. */
@Tag("integration")
class ContentLimitParameterTest {
    @TempDir
    Path dir;

    @Test
    void zeroNegativeHugeAndNonNumericLimitsGetA400WithTheRange() {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            HttpClient http = HttpClient.newHttpClient();
            for (String limit : new String[] {"0", "-1", "4294967297", "9223372036854775807", "99999999999999999999",
                    "ten", "1.5", ""}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/kiosk/v1/content?since=0&limit=" + limit)).header("Authorization", "Bearer " + token)
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("limit=" + limit).isEqualTo(400);
                assertThat(r.body()).as("limit=" + limit).contains("bad_limit").contains("1-" + ContentFeed.MAX_LIMIT);
            }
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/kiosk/v1/content?since=0&limit=" + ContentFeed.MAX_LIMIT))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
        });
    }
}
