package org.menkou.admin.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.settlement.SettlementTesting.LI;
import static org.menkou.admin.settlement.SettlementTesting.ZONE;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.Resident;

/** The residents page records changes of tier and station, creations and deletions, and nothing else. */
class ResidentHistoryTest {
    @TempDir
    Path dir;

    @Test
    void theResidentsPageRecordsTierStationAndDeletionChanges() {
        // The real time: the session cookie's expiry is the server's clock, and the HTTP client drops expired cookies.
        Instant changed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant deleted = changed.plus(Duration.ofHours(1));
        SettableClock clock = new SettableClock(changed, ZONE);
        AdminFixture f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        ResidentHistory history = new ResidentHistory(f.admin.database().jdbi(), clock);
        Resident li = f.store.residents().find(LI).orElseThrow();
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/residents/" + LI);
            Map<String, String> form = Map.of("id", LI, "name", li.name(), "birthYear", Integer.toString(li.birthYear()),
                    "tierCode", li.tierCode(), "homeStationId", li.homeStationId());
            assertThat(adviser.post("/residents/" + LI, form).statusCode()).isEqualTo(302);
            assertThat(history.of(List.of(LI))).as("a save that changes neither tier nor station").isEmpty();

            Map<String, String> moved = new java.util.HashMap<>(form);
            moved.put("tierCode", "STANDARD");
            moved.put("homeStationId", "wt-station-3");
            adviser.get("/residents/" + LI);
            assertThat(adviser.post("/residents/" + LI, moved).statusCode()).isEqualTo(302);
            clock.set(deleted);
            adviser.get("/residents/" + LI);
            assertThat(adviser.post("/residents/" + LI + "/delete", Map.of("confirmed", "yes")).statusCode()).isEqualTo(302);

            List<ResidentHistory.Change> changes = history.of(List.of(LI)).get(LI);
            assertThat(changes).containsExactly(
                    new ResidentHistory.Change(LI, changed, "STANDARD", "wt-station-3", "DIBAO", li.homeStationId(), false),
                    new ResidentHistory.Change(LI, deleted, null, null, "STANDARD", "wt-station-3", true));
            assertThat(ResidentHistory.on(changes, changed.atZone(ZONE).toLocalDate().minusDays(1), ZONE))
                    .isEqualTo(new ResidentHistory.DayState.Registered("DIBAO"));
            assertThat(ResidentHistory.on(changes, deleted.atZone(ZONE).toLocalDate().plusDays(1), ZONE))
                    .isEqualTo(new ResidentHistory.DayState.NotRegistered());
        });
    }
}
