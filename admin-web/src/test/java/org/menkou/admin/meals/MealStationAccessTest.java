package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;

/** Volunteers see and change only their own station's bookings and residents, over real HTTP. */
class MealStationAccessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String LI = "r-3f8x1w";     // 李建国, wt-station-2
    private static final String WANG = "r-p4n6td";   // 王秀兰, wt-station-3

    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(TODAY, 8, 0), MealTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        f.admin.users().create("vol2", "志愿者丁", Role.VOLUNTEER, "wt-station-2", AdminFixture.PASSWORD, false);
    }

    private static Instant at(LocalDate d, int h, int m) {
        return d.atTime(LocalTime.of(h, m)).atZone(MealTesting.ZONE).toInstant();
    }

    @Test
    void aVolunteerCannotOpenAnotherStationsBookingList() {
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            assertThat(vol.get("/meals/station").statusCode()).as("own station by default").isEqualTo(200);
            assertThat(vol.get("/meals/station?station=wt-station-1").statusCode()).isEqualTo(200);
            HttpResponse<String> other = vol.get("/meals/station?station=wt-station-2");
            assertThat(other.statusCode()).isEqualTo(403);
            assertThat(other.body()).contains("志愿者只能查看和处理本站");
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            assertThat(adviser.get("/meals/station?station=wt-station-2").statusCode()).isEqualTo(200);
        });
    }

    @Test
    void aVolunteerCannotMarkAnotherStationsBookingPickedUp() {
        MealTesting.lunch(f.store, TODAY, 20);
        f.admin.meals().bookByProxy(MealTesting.request("b-station-1", TODAY, LI, false), "seed");
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient vol2 = new WebClient(server.port());
            vol2.login("vol2", AdminFixture.PASSWORD);
            vol2.get("/meals");
            HttpResponse<String> refused = vol2.post("/meals/pickup?canteen=wt-canteen&date=" + TODAY,
                    Map.of("bookingId", "b-station-1"));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("志愿者只能查看和处理本站");
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            vol.get("/meals");
            assertThat(vol.post("/meals/pickup?canteen=wt-canteen&date=" + TODAY, Map.of("bookingId", "b-station-1"))
                    .statusCode()).as("booked at the volunteer's own station").isEqualTo(302);
        });
    }

    @Test
    void theFollowUpListShowsAVolunteerOnlyTheirStationsResidents() {
        for (int back = 16; back >= 5; back--) {
            LocalDate d = TODAY.minusDays(back);
            MealTesting.lunch(f.store, d, 20);
            clock.set(at(d, 8, 0));
            f.admin.meals().bookByProxy(MealTesting.request("old-" + back + "-li", d, LI, false), "seed");
            f.admin.meals().bookByProxy(MealTesting.request("old-" + back + "-wang", d, WANG, false), "seed");
        }
        clock.set(at(TODAY, 8, 0));
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            assertThat(adviser.get("/meals/followup?days=3&usual=8").body()).contains("李*国", "王*兰");
            WebClient vol2 = new WebClient(server.port());
            vol2.login("vol2", AdminFixture.PASSWORD);
            assertThat(vol2.get("/meals/followup?days=3&usual=8").body()).contains("李*国").doesNotContain("王*兰");
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            assertThat(vol.get("/meals/followup?days=3&usual=8").body()).doesNotContain("李*国", "王*兰");
        });
    }
}
