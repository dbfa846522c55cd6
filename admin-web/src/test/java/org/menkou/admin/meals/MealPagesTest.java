package org.menkou.admin.meals;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.content.SetMenu;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRequest;

/** The meal pages over real HTTP (JavalinTest) on a real SQLite file. */
class MealPagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate DAY = TODAY.plusDays(1);
    private static final String LI = "r-3f8x1w";     // 李建国, 低保, wt-station-2
    private static final String WANG = "r-p4n6td";   // 王秀兰, 特困, wt-station-3
    private static final String CHEN = "r-h9c2vz";   // 陈明, 普通
    private static final String ADDRESS = "幸福路88弄3号502室";

    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(TODAY, 8, 0), MealTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        MealTesting.lunch(f.store, DAY, 20);
    }

    private static Instant at(LocalDate d, int h, int m) {
        return d.atTime(LocalTime.of(h, m)).atZone(MealTesting.ZONE).toInstant();
    }

    private BookingOutcome book(String id, String resident, String set, boolean delivery) {
        return f.admin.meals().bookByProxy(new BookingRequest(id, MealTesting.CANTEEN, DAY, Meal.LUNCH, set, resident,
                null, delivery, "wt-station-1"), "seed");
    }

    private void seedBookings() {
        book("b-00000001", LI, "A", true);
        book("b-00000002", WANG, "A", true);
        book("b-00000003", CHEN, "B", false);
        book("b-00000004", null, "A", false);
        f.admin.meals().cancelOnSite(book("b-00000005", null, "B", false).bookingId());
    }

    @Test
    void theDailySheetMatchesTheBookingsAndVolunteersSeeMaskedAddresses() {
        seedBookings();
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient advisor = new WebClient(server.port());
            advisor.login("adviser", AdminFixture.PASSWORD);
            advisor.get("/meals/address?resident=" + LI);
            assertThat(advisor.post("/meals/address", Map.of("resident", LI, "address", ADDRESS)).statusCode()).isEqualTo(302);

            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            String sheet = vol.get("/meals/sheet?canteen=wt-canteen&date=" + DAY).body();
            assertThat(count(sheet, "data-meal=\"LUNCH\">(\\d+)<")).isEqualTo(4);
            assertThat(count(sheet, "data-set=\"A\">(\\d+)<")).isEqualTo(3);
            assertThat(count(sheet, "data-set=\"B\">(\\d+)<")).as("the cancelled B is not cooked").isEqualTo(1);
            assertThat(sheet).contains("堂吃 2，送餐 2", "李*国", "王*兰", "散客", "幸福路88弄***")
                    .doesNotContain(ADDRESS, "李建国");
            assertThat(sheet.indexOf("<h4>")).isPositive();
            assertThat(f.admin.meals().confirmedCount(MealTesting.CANTEEN, DAY, Meal.LUNCH)).isEqualTo(4);

            String full = advisor.get("/meals/sheet?canteen=wt-canteen&date=" + DAY).body();
            assertThat(full).contains(ADDRESS);
            assertThat(vol.get("/meals/address").statusCode()).as("volunteers never see full addresses").isEqualTo(403);
            assertThat(vol.get("/meals/sheet?canteen=nowhere").statusCode()).isEqualTo(400);
            assertThat(vol.get("/meals/sheet?date=tomorrow").statusCode()).isEqualTo(400);
        });
    }

    @Test
    void theSheetNamesEachSetMenuAsTheMenuAndTheKioskDo() {
        CanteenMenu lunch = f.store.menus().find(MealTesting.CANTEEN, DAY, Meal.LUNCH).orElseThrow();
        List<SetMenu> renamed = lunch.sets().stream().map(s -> s.code().equals("A")
                ? new SetMenu("A", "狮子头套餐", s.dishes(), s.basePrice(), s.pricesByTier()) : s).toList();
        f.store.menus().save(new CanteenMenu(lunch.canteenId(), lunch.date(), lunch.meal(), lunch.cutoff(),
                lunch.serveFrom(), lunch.quota(), renamed));
        seedBookings();
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            String sheet = vol.get("/meals/sheet?canteen=wt-canteen&date=" + DAY).body();
            assertThat(sheet).contains("<td>狮子头套餐</td>", "<td>B套餐</td>").doesNotContain("A套餐");
            assertThat(vol.get("/meals/sheet.csv?canteen=wt-canteen&date=" + DAY).body())
                    .contains("午餐,狮子头套餐,3\r\n").doesNotContain(",A,");
        });
    }

    @Test
    void theCsvIsUtf8WithABomThatExcelOpens() {
        seedBookings();
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            HttpResponse<String> csv = vol.get("/meals/sheet.csv?canteen=wt-canteen&date=" + DAY);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv", "utf-8");
            assertThat(csv.body()).startsWith("\uFEFF食堂,日期,餐次,编号,套餐,居民");
            String[] rows = csv.body().split("\r\n");
            long lunchRows = java.util.Arrays.stream(rows).filter(r -> r.contains("," + DAY + ",午餐,")).count();
            assertThat(lunchRows).isEqualTo(4);
            assertThat(csv.body()).contains(",李*国,送餐,").contains("午餐,A套餐,3\r\n", "午餐,B套餐,1\r\n");
        });
    }

    @Test
    void theCsvHasPricesAsNumbersAndTheDeliveryListWarnsOfAMissingAddress() {
        seedBookings();
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient advisor = new WebClient(server.port());
            advisor.login("adviser", AdminFixture.PASSWORD);
            advisor.get("/meals/address?resident=" + LI);
            advisor.post("/meals/address", Map.of("resident", LI, "address", ADDRESS));
            String csv = advisor.get("/meals/sheet.csv?canteen=wt-canteen&date=" + DAY).body();
            java.util.List<String[]> rows = java.util.Arrays.stream(csv.split("\r\n"))
                    .filter(r -> r.contains("," + DAY + ",午餐,")).map(r -> r.split(",", -1)).toList();
            String[] header = csv.substring(1, csv.indexOf("\r\n")).split(",", -1);
            int price = java.util.Arrays.asList(header).indexOf("价格（元）");
            int warning = java.util.Arrays.asList(header).indexOf("提醒");
            assertThat(price).isPositive();
            assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r[price]).matches("\\d+\\.\\d\\d"));
            String[] li = rows.stream().filter(r -> r[5].equals("李*国")).findFirst().orElseThrow();
            String[] wang = rows.stream().filter(r -> r[5].equals("王*兰")).findFirst().orElseThrow();
            assertThat(li[warning]).isEmpty();
            assertThat(wang[warning]).contains("缺少送餐地址");

            String sheet = advisor.get("/meals/sheet?canteen=wt-canteen&date=" + DAY).body();
            assertThat(sheet).contains("⚠ 有 1 份送餐没有地址", "⚠ 缺少送餐地址");

            advisor.get("/meals/address?resident=" + WANG);
            String tooLong = "梧桐路".repeat(25);
            HttpResponse<String> refused = advisor.post("/meals/address", Map.of("resident", WANG, "address", tooLong));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("“送餐地址”", "value=\"" + tooLong + "\"", "王*兰 · ");
        });
    }

    @Test
    void aProxyBookingIsMadeAndLoggedAsProxy() {
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            vol.get("/meals/proxy");
            Map<String, String> form = Map.of("residentId", CHEN, "canteen", "wt-canteen", "date", DAY.toString(),
                    "meal", "LUNCH", "setCode", "B");
            HttpResponse<String> done = vol.post("/meals/proxy", form);
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(done.body()).contains("已订上，编号 <strong>1</strong>");
            HttpResponse<String> second = vol.post("/meals/proxy", form);
            assertThat(second.body()).as("a volunteer may book a second one").contains("编号 <strong>2</strong>");
            var entries = f.admin.audit().page(0, "MEAL_BOOKING");
            assertThat(entries).hasSize(2).allMatch(e -> e.action().equals("PROXY_BOOKING") && e.username().equals("vol"));
            HttpResponse<String> delivery = vol.post("/meals/proxy", Map.of("residentId", CHEN, "canteen", "wt-canteen",
                    "date", DAY.toString(), "meal", "LUNCH", "setCode", "B", "delivery", "on"));
            assertThat(delivery.statusCode()).isEqualTo(409);
            assertThat(delivery.body()).contains("不在送餐范围");
            HttpResponse<String> bad = vol.post("/meals/proxy", Map.of("residentId", CHEN, "canteen", "wt-canteen",
                    "date", "someday", "meal", "LUNCH", "setCode", "B"));
            assertThat(bad.statusCode()).isEqualTo(400);
            String station = vol.get("/meals/station?station=wt-station-1").body();
            assertThat(station).contains("已确认", "不在送餐范围", "代订");
        });
    }

    @Test
    void theChartShowsThirtyDaysAndTheFollowUpListNamesResidentsWhoStoppedComing() {
        for (int back = 16; back >= 5; back--) {
            LocalDate d = TODAY.minusDays(back);
            MealTesting.lunch(f.store, d, 20);
            clock.set(at(d, 8, 0));
            f.admin.meals().bookByProxy(MealTesting.request("old-" + back + "-li", d, LI, false), "seed");
            f.admin.meals().bookByProxy(MealTesting.request("old-" + back + "-wang", d, WANG, false), "seed");
        }
        MealTesting.lunch(f.store, TODAY.minusDays(1), 20);
        clock.set(at(TODAY.minusDays(1), 8, 0));
        f.admin.meals().bookByProxy(MealTesting.request("recent-wang", TODAY.minusDays(1), WANG, false), "seed");
        f.admin.meals().bookByProxy(MealTesting.request("recent-wang-x", TODAY.minusDays(1), WANG, false), "seed");
        clock.set(at(TODAY, 8, 0));
        JavalinTest.test(f.app, (server, ignored) -> {
            // An advisor: the residents here live at other stations than the volunteer's (MealStationAccessTest).
            WebClient staff = new WebClient(server.port());
            staff.login("adviser", AdminFixture.PASSWORD);
            String chart = staff.get("/meals/chart?canteen=wt-canteen").body();
            assertThat(chart).contains("<svg");
            assertThat(chart.split("class=\"bar\"", -1).length - 1).isEqualTo(30);
            assertThat(chart).contains(TODAY.minusDays(5) + "：2 份");

            String list = staff.get("/meals/followup?days=3&usual=8").body();
            assertThat(list).contains("李*国", "没有订餐");
            assertThat(list).as("王 booked yesterday but has not picked up").contains("王*兰", "订了没取");
            String sheet = staff.get("/meals/sheet?canteen=wt-canteen&date=" + TODAY.minusDays(1)).body();
            Matcher id = Pattern.compile("name=\"bookingId\" value=\"([^\"]+)\"").matcher(sheet);
            assertThat(id.find()).isTrue();
            staff.post("/meals/pickup?canteen=wt-canteen&date=" + TODAY.minusDays(1), Map.of("bookingId", id.group(1)));
            assertThat(staff.get("/meals/followup?days=3&usual=8").body()).doesNotContain("王*兰").contains("李*国");
            assertThat(staff.get("/meals/followup?days=0").statusCode()).isEqualTo(400);
        });
    }

    @Test
    void advisorsEditSubsidyTiersAndVolunteersCannot() {
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient advisor = new WebClient(server.port());
            advisor.login("adviser", AdminFixture.PASSWORD);
            advisor.get("/tiers/new");
            assertThat(advisor.post("/tiers/new", Map.of("code", "DISABLED", "name", "残疾", "sortOrder", "5"))
                    .statusCode()).isEqualTo(302);
            assertThat(f.store.tiers().all()).anyMatch(t -> t.code().equals("DISABLED") && t.name().equals("残疾"));
            assertThat(advisor.get("/menus/new").body()).as("the menu editor prices the new tier").contains("残疾");
            advisor.get("/tiers/DIBAO");
            assertThat(advisor.post("/tiers/DIBAO/delete", Map.of("confirmed", "yes")).statusCode()).isEqualTo(409);
            assertThat(f.admin.audit().page(0, "SUBSIDY_TIER")).hasSize(1);
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            assertThat(vol.get("/tiers").statusCode()).isEqualTo(403);
        });
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
