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

    private static Map<String, String> notice(String id, String title, String body) {
        return new HashMap<>(Map.of("id", id, "kind", "ACTIVITY", "title", title, "body", body, "stationId", "",
                "startDate", LocalDate.now().toString(), "endDate", LocalDate.now().plusDays(3).toString()));
    }

    @Test
    void aRefusedFormNamesTheFieldByItsLabelInPlainChineseAndKeepsWhatWasTyped() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/notices/new");
            HttpResponse<String> refused = adviser.post("/notices/new", notice("tea-0301", "", "下午两点在活动室喝茶聊天"));
            assertThat(refused.statusCode()).isEqualTo(400);
            String error = error(refused.body());
            assertThat(error).contains("“标题”").doesNotContain("title").doesNotContainPattern("[A-Za-z]");
            assertThat(refused.body()).contains("下午两点在活动室喝茶聊天", "value=\"tea-0301\"");
            assertThat(refused.body()).containsPattern("id=\"title\" name=\"title\" value=\"\" +aria-invalid=\"true\" autofocus");

            adviser.get("/menus/new");
            Map<String, String> menu = new HashMap<>(Map.of("canteenId", "wt-canteen",
                    "date", LocalDate.now().plusDays(40).toString(), "meal", "LUNCH", "cutoff", "10:00",
                    "serveFrom", "11:00", "quota", "30", "set1.name", "红烧鱼套餐", "set1.base", "15"));
            menu.putAll(Map.of("set1.dishes", "红烧鱼", "set2.code", "bb", "set2.name", "素菜套餐", "set2.base", "12",
                    "set2.dishes", "青菜"));
            HttpResponse<String> badCode = adviser.post("/menus/new", menu);
            assertThat(badCode.statusCode()).isEqualTo(400);
            assertThat(error(badCode.body())).contains("套餐 2 · 代码").doesNotContain("code");
            menu.put("set2.code", "B");
            menu.put("set2.base", "十二");
            assertThat(error(adviser.post("/menus/new", menu).body())).contains("套餐 2 · 原价").doesNotContain("base");
        });
    }

    @Test
    void aSaveRefusedForAnExpiredFormTokenShowsTheFormAgainWithWhatWasTyped() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/notices/n-health-check");
            Map<String, String> typed = notice("n-health-check", "体检改到周五", "周五上午八点，带上社保卡");
            typed.put("csrf", "expired-token");
            HttpResponse<String> refused = adviser.postRaw("/notices/n-health-check", typed);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("体检改到周五", "周五上午八点，带上社保卡", "你填的内容都还在");
            assertThat(f.store.notices().find("n-health-check").orElseThrow().title()).isNotEqualTo("体检改到周五");

            adviser.get("/notices/new");
            Map<String, String> fresh = notice("tea-0302", "茶话会", "下午两点");
            fresh.put("csrf", "expired-token");
            HttpResponse<String> refusedNew = adviser.postRaw("/notices/new", fresh);
            assertThat(refusedNew.statusCode()).isEqualTo(403);
            assertThat(refusedNew.body()).contains("value=\"tea-0302\"", "茶话会");
            assertThat(f.store.notices().find("tea-0302")).isEmpty();
            // The page shown again carries a fresh token, so saving from it works.
            assertThat(adviser.post("/notices/new", notice("tea-0302", "茶话会", "下午两点")).statusCode()).isEqualTo(302);
        });
    }

    private static String error(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"error\"[^>]*>(.*?)</p>").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1).replace("没有保存：", "");
    }

    @Test
    void theNoticePreviewShowsTheLinesTheKioskShows() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/notices/new");
            Map<String, String> form = notice("tea-0303", "重阳茶话会", "下午两点在银杏里活动室，电话 021-55550101。请带上老年卡，欢迎家属一起来参加。");
            form.put("startDate", "2026-10-29");
            form.put("endDate", "2026-10-31");
            assertThat(adviser.post("/notices/new", form).statusCode()).isEqualTo(302);
            String page = adviser.get("/notices/tea-0303/preview").body();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("id=\"kiosk-screen\">(.*?)</div>", java.util.regex.Pattern.DOTALL).matcher(page);
            assertThat(m.find()).isTrue();
            // What NoticeDetailScreen shows at the kiosk's 32 columns: the date line, then the body, wrapped together;
            // the phone number stays whole and no line starts with closing punctuation.
            assertThat(m.group(1).split("\n", -1)).startsWith("重阳茶话会", "", "活动，10月29日到10月31日。",
                    "下午两点在银杏里活动室，电话", "021-55550101。请带上老年卡，欢迎", "家属一起来参加。");
        });
    }

    @Test
    void theAuditLogShowsCentreTimeAndActionsInWords() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/notices/n-health-check");
            adviser.post("/notices/n-health-check", notice("n-health-check", "体检改到周五", "周五上午八点"));
            java.time.Instant at = f.admin.audit().page(0, "NOTICE").get(0).at();
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            String page = boss.get("/audit").body();
            String shanghai = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
            assertThat(page).contains("北京时间", shanghai, "<td>修改</td>", "通知活动 n-health-check")
                    .doesNotContain("<td>UPDATE</td>", at.toString());
            assertThat(boss.get("/audit?entity=NOTICE").body()).contains("<option value=\"NOTICE\" selected>通知活动</option>");
        });
    }

    @Test
    void staffSeeTierNamesAndTheProxyPickerTellsResidentsApart() {
        AdminFixture f = new AdminFixture(dir);
        f.store.residents().save(new org.menkou.content.Resident("r-twin0001", "张桂英", 1941, "AGE80", "wt-station-1"));
        f.store.residents().save(new org.menkou.content.Resident("r-other001", "张桂花", 1952, "DIBAO", "wt-station-2"));
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            assertThat(adviser.get("/residents").body()).contains("<td>低保</td>").doesNotContain("<td>DIBAO</td>");
            String picker = adviser.get("/meals/proxy").body();
            List<String> labels = java.util.regex.Pattern.compile("<option value=\"r-[^\"]+\"[^>]*>([^<]+)</option>")
                    .matcher(picker).results().map(m -> m.group(1)).toList();
            assertThat(labels).hasSize(f.store.residents().all().size()).doesNotHaveDuplicates();
            assertThat(labels).anyMatch(l -> l.startsWith("张*花 · 1952年生 · 石榴坊家门口服务站"))
                    .noneMatch(l -> l.contains("张桂"));
        });
    }

    @Test
    void usernamesAreCaseInsensitiveForLoginAndUniqueness() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            boss.get("/users");
            HttpResponse<String> created = boss.post("/users/new", Map.of("username", "Wang.Li", "displayName", "王力",
                    "role", "ADVISOR", "stationId", ""));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            assertThat(f.admin.users().find("wang.li")).isPresent();
            boss.get("/users");
            HttpResponse<String> again = boss.post("/users/new", Map.of("username", "WANG.LI", "displayName", "王力二",
                    "role", "ADVISOR", "stationId", ""));
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("用户名已经有人用了");
            boss.get("/users");
            HttpResponse<String> unnamed = boss.post("/users/new", Map.of("username", "zhao.qi", "displayName", " ",
                    "role", "VOLUNTEER", "stationId", "wt-station-2"));
            assertThat(unnamed.statusCode()).isEqualTo(400);
            assertThat(error(unnamed.body())).contains("“名字”").doesNotContain("displayName");
            assertThat(unnamed.body()).contains("value=\"zhao.qi\"", "<option value=\"wt-station-2\" selected>",
                    "<option value=\"VOLUNTEER\" selected>");
            assertThat(f.admin.users().verify("Boss", AdminFixture.PASSWORD)).isPresent();
            HttpResponse<String> login = new WebClient(server.port()).login("BOSS", AdminFixture.PASSWORD);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("login");
        });
    }
}
