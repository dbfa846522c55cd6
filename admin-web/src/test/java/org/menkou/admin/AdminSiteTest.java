package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.audit.AuditEntry;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;

/** The admin site over real HTTP on a temporary SQLite file: access, roles, CSRF, escaping, audit. */
@Tag("integration")
class AdminSiteTest {
    @TempDir
    Path dir;

    /** Path parameters filled with keys that exist in the demo content, so pages render rather than 404. */
    private static String fill(String path, Map<String, String> keys) {
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (path.startsWith("/" + e.getKey() + "/")) {
                path = path.replace("{key}", e.getValue());
            }
        }
        return path.replace("{key}", "x").replace("{id}", "1");
    }

    private static List<HandlerMetaInfo> userRoutes(AdminApp admin) {
        return admin.routes().stream().filter(r -> r.getHttpMethod().isHttpMethod())
                .filter(r -> !r.getRoles().contains(Role.ANYONE) && !r.getRoles().contains(Role.KIOSK)).toList();
    }

    @Test
    void everyRegisteredRouteIsRefusedWithoutASession() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            List<HandlerMetaInfo> routes = f.admin.routes().stream().filter(r -> r.getHttpMethod().isHttpMethod()).toList();
            assertThat(routes).hasSizeGreaterThan(50);
            Set<String> open = new TreeSet<>();
            WebClient anonymous = new WebClient(server.port());
            for (HandlerMetaInfo r : routes) {
                String path = fill(r.getPath(), Map.of());
                String name = r.getHttpMethod() + " " + r.getPath();
                assertThat(r.getRoles()).as(name + " names its roles").isNotEmpty();
                if (r.getRoles().contains(Role.ANYONE)) {
                    open.add(name);
                    continue;
                }
                HttpResponse<String> response = r.getHttpMethod() == HandlerType.GET ? anonymous.get(path)
                        : anonymous.postRaw(path, Map.of("csrf", "guess"));
                if (r.getRoles().contains(Role.KIOSK)) {
                    assertThat(response.statusCode()).as(name).isEqualTo(401);
                    assertThat(response.body()).as(name).contains("no_token");
                } else if (r.getHttpMethod() == HandlerType.GET) {
                    assertThat(response.statusCode()).as(name).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location")).as(name).hasValue("/login");
                } else {
                    assertThat(response.statusCode()).as(name).isEqualTo(401);
                }
            }
            assertThat(open).containsExactly("GET /health", "GET /login", "GET /static/alarm-board.js",
                    "GET /static/menkou.css", "POST /login");
        });
    }

    @Test
    void eachRoleReachesOnlyItsRoutes() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            Map<String, String> keys = Map.of("notices", "n-health-check", "services", "x", "menus", "x");
            for (String user : List.of("vol", "adviser", "boss")) {
                WebClient web = new WebClient(server.port());
                assertThat(web.login(user, AdminFixture.PASSWORD).statusCode()).isEqualTo(302);
                Role role = f.admin.users().find(user).orElseThrow().role();
                for (HandlerMetaInfo r : userRoutes(f.admin)) {
                    if (r.getPath().equals("/logout")) {
                        continue;
                    }
                    String path = fill(r.getPath(), keys);
                    HttpResponse<String> response = r.getHttpMethod() == HandlerType.GET ? web.get(path)
                            : web.post(path, Map.of());
                    String name = user + " " + r.getHttpMethod() + " " + r.getPath();
                    if (r.getRoles().contains(role)) {
                        assertThat(response.statusCode()).as(name).isNotIn(401, 403);
                    } else {
                        assertThat(response.statusCode()).as(name).isEqualTo(403);
                    }
                }
            }
        });
    }

    @Test
    void volunteersEditOnlyTheirOwnStation() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            String other = f.store.notices().all().stream().filter(n -> "wt-station-2".equals(n.stationId()))
                    .findFirst().orElseThrow().id();
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            assertThat(vol.get("/notices").body()).doesNotContain("/notices/" + other + "\"");
            assertThat(vol.get("/notices/" + other).statusCode()).isEqualTo(200);
            assertThat(vol.post("/notices/" + other + "/delete", Map.of()).statusCode()).isEqualTo(403);
            assertThat(f.store.notices().find(other)).isPresent();
            vol.get("/notices/new");
            assertThat(vol.post("/notices/new", notice("vol-other", "wt-station-2", "别的站")).statusCode()).isEqualTo(403);
            assertThat(vol.post("/notices/new", notice("vol-own", "wt-station-1", "本站通知")).statusCode()).isEqualTo(302);
            assertThat(f.store.notices().find("vol-own")).isPresent();
            assertThat(f.store.notices().find("vol-other")).isEmpty();
        });
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefusedAndChangeNothing() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            boss.get("/");
            long version = f.store.changes().currentVersion();
            for (HandlerMetaInfo r : userRoutes(f.admin)) {
                if (r.getHttpMethod() != HandlerType.POST) {
                    continue;
                }
                String path = fill(r.getPath(), Map.of("notices", "n-health-check"));
                assertThat(boss.postRaw(path, Map.of()).statusCode()).as("no token: " + path).isEqualTo(403);
                assertThat(boss.postRaw(path, Map.of("csrf", "forged")).statusCode()).as("forged: " + path).isEqualTo(403);
            }
            HttpResponse<String> forged = boss.postRaw("/notices/new", withCsrf(notice("csrf-x", "", "伪造"), "nope"));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(f.store.changes().currentVersion()).isEqualTo(version);
            assertThat(boss.post("/notices/new", notice("csrf-ok", "", "正常")).statusCode()).isEqualTo(302);
            assertThat(f.store.notices().find("csrf-ok")).isPresent();
        });
    }

    @Test
    void scriptInjectedIntoContentIsEscapedOnEveryPage() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            String script = "<script>alert(1)</script>";
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            boss.get("/notices/new");
            Map<String, String> n = notice("xss-notice", "", "<b>粗</b>");
            n.put("body", script + "正文");
            assertThat(boss.post("/notices/new", n).statusCode()).isEqualTo(302);
            boss.get("/stations/wt-station-1");
            Map<String, String> station = new HashMap<>(Map.of("id", "wt-station-1", "kind", "STATION",
                    "name", script, "address", script, "openingHours", "每天", "phone", "021-5555 0101",
                    "parentId", "wt-centre"));
            assertThat(boss.post("/stations/wt-station-1", station).statusCode()).isEqualTo(302);
            boss.get("/users");
            assertThat(boss.post("/users/new", Map.of("username", "mallory", "displayName", "<i>x</i>",
                    "role", "ADVISOR", "stationId", "")).statusCode()).isEqualTo(200);
            Map<String, String> keys = Map.of("notices", "xss-notice", "stations", "wt-station-1",
                    "residents", f.store.residents().all().get(0).id(), "policies", f.store.policies().all().get(0).id(),
                    "services", "x", "menus", "x");
            int pages = 0;
            for (HandlerMetaInfo r : f.admin.routes()) {
                if (r.getHttpMethod() != HandlerType.GET || r.getRoles().contains(Role.KIOSK)) {
                    continue;
                }
                HttpResponse<String> page = boss.get(fill(r.getPath(), keys));
                assertThat(page.body().replace(org.menkou.admin.alarm.AlarmBoardPages.SCRIPT_TAG, "")).as(r.getPath())
                        .doesNotContain("<script").doesNotContain("<b>粗").doesNotContain("<i>x");
                pages++;
            }
            assertThat(pages).isGreaterThan(20);
            assertThat(boss.get("/notices").body()).contains("&lt;b&gt;粗&lt;/b&gt;");
            assertThat(boss.get("/notices/xss-notice/preview").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(boss.get("/stations").body()).contains("&lt;script&gt;");
            assertThat(boss.get("/audit").body()).contains("&lt;script&gt;").doesNotContain("<script");
            assertThat(boss.get("/users").body()).contains("&lt;i&gt;x&lt;/i&gt;");
        });
    }

    @Test
    void theAuditLogRecordsWhoChangedWhatBeforeAndAfter() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/notices/n-health-check");
            String oldTitle = f.store.notices().find("n-health-check").orElseThrow().title();
            Map<String, String> form = notice("n-health-check", "", "重阳节茶话会改期");
            assertThat(adviser.post("/notices/n-health-check", form).statusCode()).isEqualTo(302);
            adviser.post("/notices/n-health-check/delete", Map.of("confirmed", "yes"));
            List<AuditEntry> entries = f.admin.audit().page(0, "NOTICE");
            assertThat(entries).extracting(AuditEntry::action).containsExactly("DELETE", "UPDATE");
            AuditEntry update = entries.get(1);
            assertThat(update.username()).isEqualTo("adviser");
            assertThat(update.entityId()).isEqualTo("n-health-check");
            assertThat(update.before()).contains(oldTitle);
            assertThat(update.after()).contains("重阳节茶话会改期");
            assertThat(entries.get(0).after()).isNull();
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            assertThat(boss.get("/audit").body()).contains("adviser").contains("重阳节茶话会改期").contains("删除");
        });
    }

    @Test
    void invalidInputIsRefusedWithAMessageNamingTheField() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/notices/new");
            Map<String, String> bad = notice("bad-one", "", "");
            HttpResponse<String> r = adviser.post("/notices/new", bad);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("没有保存").contains("title").contains("不能为空");
            bad = notice("bad-two", "", "日期反了");
            bad.put("endDate", "2020-01-01");
            assertThat(adviser.post("/notices/new", bad).body()).contains("结束日期不能早于开始日期");
            adviser.get("/menus/new");
            HttpResponse<String> menu = adviser.post("/menus/new", Map.of("canteenId", "wt-canteen", "date", "2031-01-01",
                    "meal", "LUNCH", "cutoff", "12:00", "serveFrom", "11:00", "quota", "10", "set1.code", "A",
                    "set1.name", "套餐", "set1.dishes", "米饭", "set1.base", "10"));
            assertThat(menu.statusCode()).isEqualTo(400);
            assertThat(menu.body()).contains("订餐截止时间不能晚于开饭时间");
            assertThat(f.store.notices().find("bad-one")).isEmpty();
        });
    }

    static Map<String, String> notice(String id, String station, String title) {
        return new HashMap<>(Map.of("id", id, "kind", "NOTICE", "title", title, "body", "正文内容",
                "stationId", station, "startDate", "2030-01-01", "endDate", "2030-01-31"));
    }

    private static Map<String, String> withCsrf(Map<String, String> form, String csrf) {
        Map<String, String> m = new HashMap<>(form);
        m.put("csrf", csrf);
        return m;
    }

    static Set<String> names(List<HandlerMetaInfo> routes) {
        return routes.stream().map(r -> r.getHttpMethod() + " " + r.getPath()).collect(Collectors.toSet());
    }
}
