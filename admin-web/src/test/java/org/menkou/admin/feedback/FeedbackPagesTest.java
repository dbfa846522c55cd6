package org.menkou.admin.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.requests.RequestTesting.LI;
import static org.menkou.admin.requests.RequestTesting.WANG;
import static org.menkou.admin.requests.RequestTesting.WEDNESDAY;
import static org.menkou.admin.requests.RequestTesting.at;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.requests.RequestTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;

/** The satisfaction pages over real HTTP: weekly chart and table, CSV, the 不满意 follow-up list. */
class FeedbackPagesTest {
    private static final String EVIL = "<script>x</script>食堂";

    @TempDir
    Path dir;

    private AdminFixture f;
    private int answers;

    @BeforeEach
    void setUp() {
        SettableClock clock = new SettableClock(at(WEDNESDAY, 9, 0), RequestTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        LocalDate tuesday = WEDNESDAY.minusDays(1);
        answer("MEAL", "wt-canteen", "梧桐长者食堂", tuesday, "SATISFIED", null, LI);
        answer("MEAL", "wt-canteen", "梧桐长者食堂", tuesday, "SATISFIED", null, LI);
        answer("MEAL", "wt-canteen", "梧桐长者食堂", tuesday, "OKAY", null, LI);
        answer("MEAL", "wt-canteen", "梧桐长者食堂", tuesday, "UNSATISFIED", "TOO_SALTY", LI);
        answer("MEAL", "wt-canteen", "梧桐长者食堂", tuesday, "SKIPPED", null, LI);
        answer("MEAL", "wt-canteen", "梧桐长者食堂", tuesday.minusWeeks(1), "SATISFIED", null, WANG);
        answer("MEAL", "x-canteen", EVIL, tuesday, "UNSATISFIED", "COLD", WANG);
        answer("REQUEST", "梧桐颐康养老服务社", "梧桐颐康养老服务社", tuesday, "SATISFIED", null, WANG);
    }

    private void answer(String subject, String about, String aboutName, LocalDate served, String rating, String reason,
                        String resident) {
        String id = "s-" + String.format("%07d", ++answers);
        f.admin.database().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO feedback (subject, subject_id, resident_id, rating, reason, about, about_name,
                          served_on, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, subject).bind(1, id).bind(2, resident).bind(3, rating).bind(4, reason).bind(5, about)
                .bind(6, aboutName).bind(7, served.toString()).bind(8, served + "T10:00:0" + answers % 10 + ".000Z")
                .execute());
    }

    private static WebClient login(int port, String user) {
        WebClient web = new WebClient(port);
        assertThat(web.login(user, AdminFixture.PASSWORD).statusCode()).isEqualTo(302);
        return web;
    }

    @Test
    void theWeeklyPageShowsCountsPercentagesReasonsAndAChartLabelledInWords() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            String page = adviser.get("/feedback").body();
            assertThat(page).contains("<svg", "11月30日那周", "满意 2，一般 1，不满意 1（满意率 50%）",
                    "<td class=\"percent\">50%</td>", "<td class=\"reasons\">太咸 1</td>", "11月23日那周",
                    "&lt;script&gt;x&lt;/script&gt;食堂", "凉了 1").doesNotContain("<script>x");
            String requests = adviser.get("/feedback?subject=REQUEST&weeks=1").body();
            assertThat(requests).contains("梧桐颐康养老服务社", "满意 1，一般 0，不满意 0（满意率 100%）")
                    .doesNotContain("梧桐长者食堂");
            assertThat(adviser.get("/feedback?weeks=1").body()).doesNotContain("11月23日那周");
            assertThat(adviser.get("/feedback?subject=CAT").statusCode()).isEqualTo(400);
            assertThat(adviser.get("/feedback?weeks=0").statusCode()).isEqualTo(400);
        });
    }

    @Test
    void theCsvHasABomAHeaderAndPlainNumbers() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            adviser.get("/feedback");
            HttpResponse<byte[]> csv = HttpClient.newBuilder().cookieHandler(cookies(adviser)).build().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/feedback.csv?subject=MEAL"))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            byte[] body = csv.body();
            assertThat(body[0]).isEqualTo((byte) 0xEF);
            assertThat(body[1]).isEqualTo((byte) 0xBB);
            assertThat(body[2]).isEqualTo((byte) 0xBF);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            assertThat(text.split("\r\n")).containsExactly(
                    "食堂,周一,满意,一般,不满意,未回答,满意率（%）,量少,太咸,太硬,凉了,没按时,态度不好,没做好,其他",
                    "梧桐长者食堂,2026-11-23,1,0,0,0,100,0,0,0,0,0,0,0,0",
                    "梧桐长者食堂,2026-11-30,2,1,1,1,50,0,1,0,0,0,0,0,0",
                    EVIL + ",2026-11-30,0,0,1,0,0,0,0,0,1,0,0,0,0");
        });
    }

    private static java.net.CookieManager cookies(WebClient web) {
        java.net.CookieManager m = new java.net.CookieManager();
        java.net.HttpCookie c = new java.net.HttpCookie(AccessCheck.SESSION_COOKIE, web.cookie(AccessCheck.SESSION_COOKIE));
        c.setPath("/");
        c.setVersion(0);
        m.getCookieStore().add(URI.create("http://127.0.0.1/"), c);
        return m;
    }

    @Test
    void unsatisfiedAnswersAreListedAndAFollowUpNoteIsKeptAndAudited() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            String list = adviser.get("/feedback/unsatisfied").body();
            assertThat(list).contains("太咸", "凉了", "李建国", "王秀兰", "未回访", "&lt;script&gt;").doesNotContain("<script>x");
            assertThat(list).doesNotContain("一般");
            Map<String, String> form = new HashMap<>(Map.of("subject", "MEAL", "subjectId", "s-0000004", "note", "已电话回访"));
            assertThat(adviser.postRaw("/feedback/unsatisfied", form).statusCode()).as("no CSRF token").isEqualTo(403);
            assertThat(adviser.post("/feedback/unsatisfied", Map.of("subject", "MEAL", "subjectId", "s-0000004", "note", " "))
                    .statusCode()).isEqualTo(400);
            assertThat(adviser.post("/feedback/unsatisfied", Map.of("subject", "MEAL", "subjectId", "s-0000001",
                    "note", "满意的")).statusCode()).isEqualTo(400);
            adviser.get("/feedback/unsatisfied");
            assertThat(adviser.post("/feedback/unsatisfied", form).statusCode()).isEqualTo(302);
            String after = adviser.get("/feedback/unsatisfied").body();
            assertThat(after).contains("已回访：已电话回访");
            assertThat(after.indexOf("data-id=\"s-0000007\"")).as("not yet followed up first")
                    .isLessThan(after.indexOf("data-id=\"s-0000004\""));
            assertThat(f.admin.audit().page(0, "FEEDBACK")).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("FOLLOW_UP"))
                    .satisfies(e -> assertThat(e.entityId()).isEqualTo("MEAL:s-0000004"));
            assertThat(login(server.port(), "vol").get("/feedback/unsatisfied").statusCode()).isEqualTo(403);
        });
    }
}
