package org.menkou.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.content.Price;
import org.menkou.content.SetMenu;
import org.menkou.content.Station;
import org.menkou.content.StationKind;

/** The editors as staff meet them, over real HTTP on a real SQLite file: menus, errors, kept input. */
class StaffFormsTest {
    @TempDir
    Path dir;

    @Test
    void aVolunteerSeesAndEditsTheMenusOfTheCanteenServingTheirStationWithoutTypingIds() {
        AdminFixture f = new AdminFixture(dir);
        f.store.stations().save(new Station("far-centre", StationKind.CENTRE, "远处中心", "远处路1号", "每天 8:00-17:00",
                "021-5555 0200", null));
        f.store.stations().save(new Station("far-canteen", StationKind.CANTEEN, "远处食堂", "远处路2号", "每天 10:30-18:00",
                "021-5555 0210", "far-centre"));
        LocalDate day = LocalDate.now().plusDays(20);
        f.store.menus().save(new CanteenMenu("far-canteen", day, Meal.LUNCH, LocalTime.of(10, 0), LocalTime.of(11, 0), 10,
                List.of(new SetMenu("A", "远处套餐", List.of("青菜"), Price.ofYuan("10"), Map.of()))));
        JavalinTest.test(f.app, (server, client) -> {
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            String list = vol.get("/menus").body();
            assertThat(list).as("the menus of the canteen serving 银杏里").contains("梧桐长者食堂", "/menus/wt-canteen.")
                    .doesNotContain("远处食堂");
            assertThat(vol.get("/menus/far-canteen." + day + ".LUNCH").statusCode()).isIn(200, 403);
            String form = vol.get("/menus/new").body();
            assertThat(form).contains("<option value=\"wt-canteen\"").doesNotContain("far-canteen");

            LocalDate newDay = LocalDate.now().plusDays(30);
            Map<String, String> menu = new HashMap<>(Map.of("canteenId", "wt-canteen", "date", newDay.toString(),
                    "meal", "DINNER", "cutoff", "15:00", "serveFrom", "17:00", "quota", "30",
                    "set1.name", "红烧鱼套餐", "set1.dishes", "红烧鱼\n青菜", "set1.base", "15"));
            HttpResponse<String> saved = vol.post("/menus/new", menu);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            CanteenMenu stored = f.store.menus().byId("wt-canteen/" + newDay + "/DINNER").orElseThrow();
            assertThat(stored.sets()).extracting(SetMenu::code).containsExactly("A");

            vol.get("/menus/new");
            menu.put("canteenId", "far-canteen");
            assertThat(vol.post("/menus/new", menu).statusCode()).isEqualTo(403);
        });
    }
}
