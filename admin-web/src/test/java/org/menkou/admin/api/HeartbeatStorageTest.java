package org.menkou.admin.api;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.Meal;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;

/**
 * Heartbeats are stored like every kiosk event (once per id, a retry answered alike) but committed without waiting
 * for the disk, unless a durable event shares their batch; a kiosk's heartbeat log keeps one day.
 */
@Tag("integration")
class HeartbeatStorageTest {
    private static final int NORMAL = 1;
    private static final int FULL = 2;
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @TempDir
    Path dir;

    /** SQLite only: PRAGMA synchronous tells how a connection commits. */
    @Test
    @Tag("sqlite")
    void heartbeatsCommitWithoutFsyncAndTheirLogKeepsOneDay() {
        SettableClock clock = new SettableClock(START, ZoneOffset.UTC);
        AdminFixture f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        List<Integer> inserts = new CopyOnWriteArrayList<>();
        SqlLogger watcher = new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext ctx) {
                if (ctx.getRenderedSql().strip().toUpperCase(Locale.ROOT).startsWith("INSERT INTO KIOSK_EVENT")) {
                    inserts.add(synchronous(ctx));
                }
            }
        };
        for (Jdbi jdbi : List.of(f.admin.database().jdbi(), f.admin.database().durable())) {
            jdbi.setSqlLogger(watcher);
        }
        ObjectMapper json = SyncJson.strict();
        JavalinTest.test(f.app, (server, client) -> {
            URI events = URI.create("http://127.0.0.1:" + server.port() + KioskApiPaths.EVENTS);
            KioskEvent first = beat(json, 1);
            assertThat(push(events, token, json, List.of(first))).contains("\"duplicate\":false");
            assertThat(push(events, token, json, List.of(first))).as("a retry").contains("\"duplicate\":true");
            assertThat(inserts).as("PRAGMA synchronous of each event's insert").containsExactly(NORMAL, NORMAL);

            clock.set(START.plus(Duration.ofHours(25)));
            KioskEvent alarm = new KioskEvent(UUID.randomUUID().toString(), AlarmReport.TYPE, clock.instant(),
                    json.valueToTree(new AlarmReport("wt-station-1", null, AlarmSource.BUTTON, null)));
            assertThat(push(events, token, json, List.of(beat(json, 2), alarm))).contains("\"duplicate\":false");
            assertThat(inserts).as("an alarm's batch is durable, its heartbeat with it")
                    .containsExactly(NORMAL, NORMAL, FULL, FULL);
            assertThat(f.admin.events().count(Heartbeat.TYPE)).as("the day-old heartbeat was pruned").isEqualTo(1);
            assertThat(f.admin.kiosks().all().get(0).lastHeartbeat()).isEqualTo(START.plus(Duration.ofHours(25)));
            assertThat(f.admin.kiosks().all().get(0).contentVersion()).isEqualTo(2L);
        });
    }

    /**
     * Heartbeats borrow an ordinary connection and the writer queue, bookings a durable connection, the queue, and an
     * ordinary connection inside it: with more heartbeats waiting than the pool has connections, every push still
     * gets its answer.
     */
    @Test
    void manyHeartbeatsBesideBookingsAllGetAnswers() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        LocalDate day = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(f.store, day, 100_000);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        ObjectMapper json = SyncJson.strict();
        JavalinTest.test(f.app, (server, client) -> {
            URI events = URI.create("http://127.0.0.1:" + server.port() + KioskApiPaths.EVENTS);
            ExecutorService pushers = Executors.newFixedThreadPool(28);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 28; t++) {
                    boolean booking = t % 7 == 0;
                    done.add(pushers.submit(() -> {
                        for (int i = 0; i < 15; i++) {
                            KioskEvent e = booking ? new KioskEvent(UUID.randomUUID().toString(),
                                    BookingRequest.EVENT_TYPE, Instant.now(), json.valueToTree(MealTesting.request(
                                            UUID.randomUUID().toString(), day, null, false))) : beat(json, i);
                            push(events, token, json, List.of(e));
                        }
                        return null;
                    }));
                }
                for (Future<?> d : done) {
                    d.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pushers.shutdownNow();
            }
            assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, day, Meal.LUNCH)).isEqualTo(4 * 15);
        });
    }

    private static KioskEvent beat(ObjectMapper json, long version) {
        return new KioskEvent(UUID.randomUUID().toString(), Heartbeat.TYPE, Instant.now(),
                json.valueToTree(new Heartbeat(version, "0.1", false, "no-model")));
    }

    private static String push(URI events, String token, ObjectMapper json, List<KioskEvent> batch) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(events)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(batch)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static int synchronous(StatementContext ctx) {
        try (Statement s = ctx.getConnection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
