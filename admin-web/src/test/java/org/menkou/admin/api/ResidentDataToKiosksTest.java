package org.menkou.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;

/**
 * The personal data a kiosk receives about residents is exactly what README.md and docs/api.md say: id, masked name,
 * tier, home station, birth year; never the full name or contact details. Over real HTTP, the whole snapshot.
 */
@Tag("integration")
class ResidentDataToKiosksTest {
    @TempDir
    Path dir;

    @Test
    void aKioskSnapshotCarriesOnlyTheDocumentedResidentFields() {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/kiosk/v1/content?since=0"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            List<JsonNode> residents = new ArrayList<>();
            collect(new ObjectMapper().readTree(r.body()), residents);
            assertThat(residents).as("residents in the snapshot").hasSizeGreaterThan(3);
            for (JsonNode resident : residents) {
                Set<String> fields = new TreeSet<>();
                resident.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).isEqualTo(new TreeSet<>(Set.of("id", "maskedName", "tierCode", "homeStationId",
                        "birthYear")));
                assertThat(resident.get("maskedName").asText()).contains("*");
                assertThat(resident.get("birthYear").isInt() || resident.get("birthYear").isNull()).isTrue();
            }
            f.store.residents().all().forEach(full -> assertThat(r.body()).as("full name").doesNotContain(full.name()));
        });
    }

    private static void collect(JsonNode node, List<JsonNode> residents) {
        if (node.isObject() && node.has("maskedName")) {
            residents.add(node);
        }
        node.forEach(child -> collect(child, residents));
    }
}
