package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;

/**
 * Bookings and alarms are committed with SQLite synchronous=FULL (a receipt a kiosk holds survives a power cut):
 * every write to their tables, however it arrives (kiosk API, proxy booking page, alarm board), is watched on the
 * connection that runs it.
 */
@Tag("integration")
@Tag("sqlite")
class DurableCommitTest {
    private static final int FULL = 2;

    @TempDir
    Path dir;

    @Test
    void bookingsAlarmsAndKioskEventsAreCommittedWithSynchronousFull() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        LocalDate day = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, day, 100);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        List<String> watched = new CopyOnWriteArrayList<>();
        SqlLogger watcher = new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext ctx) {
                String sql = ctx.getRenderedSql().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                if (sql.matches("(INSERT INTO|UPDATE) (MEAL_BOOKING|ALARM|KIOSK_EVENT)\\b.*")) {
                    watched.add(sql.substring(0, Math.min(40, sql.length())));
                    seen.merge(sql.substring(0, Math.min(40, sql.length())), synchronous(ctx), Math::min);
                }
            }
        };
        for (Jdbi jdbi : List.of(f.admin.database().jdbi(), f.admin.database().durable())) {
            jdbi.setSqlLogger(watcher);
        }
        ObjectMapper json = SyncJson.strict();
        JavalinTest.test(f.app, (server, client) -> {
            HttpClient http = HttpClient.newHttpClient();
            URI events = URI.create("http://127.0.0.1:" + server.port() + KioskApiPaths.EVENTS);
            KioskEvent booking = new KioskEvent("ev-booking-1", BookingRequest.EVENT_TYPE, Instant.now(),
                    json.valueToTree(MealTesting.request("b-durable-1", day, null, false)));
            KioskEvent alarm = new KioskEvent("ev-alarm-1", AlarmReport.TYPE, Instant.now(),
                    json.valueToTree(new AlarmReport("wt-station-1", null, org.menkou.content.protocol.AlarmSource.BUTTON, null)));
            HttpResponse<String> pushed = http.send(HttpRequest.newBuilder(events)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            new EventBatch(List.of(booking, alarm))))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(pushed.statusCode()).isEqualTo(200);
            assertThat(pushed.body()).contains("CONFIRMED");

            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            long seq = f.admin.alarms().alarms().all().get(0).seq();
            adviser.get("/alarms");
            assertThat(adviser.post("/alarms/" + seq + "/acknowledge", Map.of()).statusCode()).isEqualTo(302);
            adviser.get("/meals/proxy");
            assertThat(adviser.post("/meals/proxy", Map.of("residentId", "r-h9c2vz", "canteen", MealTesting.CANTEEN,
                    "date", day.toString(), "meal", "LUNCH", "setCode", "A")).statusCode()).isEqualTo(200);
        });
        assertThat(watched).anyMatch(s -> s.startsWith("INSERT INTO MEAL_BOOKING"))
                .anyMatch(s -> s.startsWith("INSERT INTO ALARM"))
                .anyMatch(s -> s.startsWith("UPDATE ALARM"))
                .anyMatch(s -> s.startsWith("INSERT INTO KIOSK_EVENT"));
        assertThat(seen).as("PRAGMA synchronous on the connection of each write").allSatisfy((sql, mode) ->
                assertThat(mode).as(sql).isEqualTo(FULL));
    }

    private static int synchronous(StatementContext ctx) {
        try (Statement s = ctx.getConnection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
