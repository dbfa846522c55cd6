package org.menkou.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.auth.Role;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.db.Database;
import org.menkou.content.db.DatabaseCopy;
import org.menkou.content.db.DatabaseCopy.TableSummary;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.PostgresCluster;

/**
 * {@code menkou admin migrate-data}: a district's data directory with the demo content, bookings, alarms, the audit
 * log and users moves into an empty PostgreSQL database table for table, and an admin server on the copy carries on.
 */
@Tag("sqlite")
class MigrateDataTest {
    @TempDir
    Path dir;

    @Test
    void aDistrictMovesToPostgresWithEveryRowAndTheServerCarriesOnThere() throws Exception {
        Path data = dir.resolve("district");
        List<TableSummary> source = districtWithAYearOfWork(data);
        String url = PostgresCluster.shared().newDatabase();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = MenkouAdminCli.commandLine().execute("admin", "migrate-data", "--from", data.toString(), "--to", url);
        } finally {
            System.setOut(stdout);
        }
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("every table matches").contains("meal_booking");

        try (Database copy = Database.open(url, dir)) {
            assertThat(DatabaseCopy.summaries(copy)).isEqualTo(source);
            AdminApp server = new AdminApp(ContentStore.open(copy, Clock.systemUTC()),
                    AdminSettings.defaults(data).withBcryptCost(4));
            assertThat(server.users().verify("boss", AdminFixture.PASSWORD)).isPresent();
            long newest = server.alarms().alarms().all().stream().mapToLong(a -> a.seq()).max().orElseThrow();
            server.users().create("newcomer", "新来的", Role.ADVISOR, null, AdminFixture.PASSWORD, false);
            JavalinTest.test(server.create(), (app, client) -> {
                String token = server.kiosks().register("wt-station-1", "二号", "test").token();
                push(app.port(), token, alarm("ev-after-move"));
            });
            assertThat(server.alarms().alarms().all()).as("ids continue after the copied ones")
                    .anyMatch(a -> a.seq() > newest);
        }
    }

    @Test
    void aTargetThatAlreadyHasDataIsRefusedAndKeepsIt() throws Exception {
        Path data = dir.resolve("district");
        districtWithAYearOfWork(data);
        String url = PostgresCluster.shared().newDatabase();
        assertThat(MenkouAdminCli.commandLine().execute("admin", "migrate-data", "--from", data.toString(), "--to", url))
                .isZero();
        List<TableSummary> first;
        try (Database copy = Database.open(url, dir)) {
            first = DatabaseCopy.summaries(copy);
        }
        assertThat(MenkouAdminCli.commandLine().execute("admin", "migrate-data", "--from", data.toString(), "--to", url))
                .isEqualTo(1);
        try (Database copy = Database.open(url, dir)) {
            assertThat(DatabaseCopy.summaries(copy)).isEqualTo(first);
        }
    }

    /** A data directory with demo content, a booking, an alarm with its acknowledgement, audit rows and users. */
    private static List<TableSummary> districtWithAYearOfWork(Path data) throws Exception {
        try (Database sqlite = Database.openIn(data)) {
            AdminFixture f = new AdminFixture(data, sqlite);
            LocalDate day = LocalDate.now(MealTesting.ZONE).plusDays(1);
            MealTesting.lunch(f.store, day, 100);
            String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
            JavalinTest.test(f.app, (server, client) -> {
                ObjectMapper json = SyncJson.strict();
                push(server.port(), token, new KioskEvent("ev-booking-1", BookingRequest.EVENT_TYPE, Instant.now(),
                        json.valueToTree(MealTesting.request("b-move-1", day, null, false))));
                push(server.port(), token, alarm("ev-alarm-1"));
                WebClient adviser = new WebClient(server.port());
                adviser.login("adviser", AdminFixture.PASSWORD);
                long seq = f.admin.alarms().alarms().all().get(0).seq();
                adviser.get("/alarms");
                assertThat(adviser.post("/alarms/" + seq + "/acknowledge", Map.of()).statusCode()).isEqualTo(302);
                adviser.get("/meals/proxy");
                assertThat(adviser.post("/meals/proxy", Map.of("residentId", "r-h9c2vz", "canteen", MealTesting.CANTEEN,
                        "date", day.toString(), "meal", "LUNCH", "setCode", "A")).statusCode()).isEqualTo(200);
            });
            List<TableSummary> summaries = DatabaseCopy.summaries(sqlite);
            Map<String, Long> rows = summaries.stream().collect(Collectors.toMap(TableSummary::table, TableSummary::rows));
            assertThat(rows).as("the district has work in every kind of table")
                    .containsKeys("meal_booking", "alarm", "audit_log", "web_user", "kiosk_event", "content_change");
            assertThat(List.of("meal_booking", "alarm", "audit_log", "web_user", "kiosk_event", "content_change"))
                    .allSatisfy(t -> assertThat(rows.get(t)).as(t).isPositive());
            return summaries;
        }
    }

    private static KioskEvent alarm(String eventId) {
        return new KioskEvent(eventId, AlarmReport.TYPE, Instant.now(), SyncJson.strict().valueToTree(
                new AlarmReport("wt-station-1", null, AlarmSource.BUTTON, null)));
    }

    private static void push(int port, String token, KioskEvent event) throws Exception {
        HttpResponse<String> pushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + KioskApiPaths.EVENTS))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SyncJson.strict().writeValueAsString(
                        new EventBatch(List.of(event))))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
    }
}
