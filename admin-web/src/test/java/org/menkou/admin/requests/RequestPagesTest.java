package org.menkou.admin.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.requests.RequestTesting.LI;
import static org.menkou.admin.requests.RequestTesting.WANG;
import static org.menkou.admin.requests.RequestTesting.WEDNESDAY;
import static org.menkou.admin.requests.RequestTesting.at;
import static org.menkou.admin.requests.RequestTesting.receive;
import static org.menkou.admin.requests.RequestTesting.request;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ServiceRequest;

/** The work queue pages over real HTTP: who sees what, the overdue mark, every step through the form. */
class RequestPagesTest {
    private static final String OWN = "req-00000001";      // 李建国 at wt-station-1 (the volunteer's station)
    private static final String OTHER = "req-00000002";    // 王秀兰 at wt-station-2
    private static final String WALK_IN = "req-00000003";  // a walk-in at wt-station-1

    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(WEDNESDAY, 9, 0), RequestTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        RequestTesting.phone(f, LI, "13812345678");
        receive(f, request(OWN, LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        clock.set(at(WEDNESDAY, 9, 30));
        receive(f, request(OTHER, WANG, WEDNESDAY, "wt-station-2"));
        receive(f, request(WALK_IN, null, WEDNESDAY.plusDays(2), "wt-station-1"));
    }

    private WebClient login(int port, String user) {
        WebClient web = new WebClient(port);
        assertThat(web.login(user, AdminFixture.PASSWORD).statusCode()).isEqualTo(302);
        return web;
    }

    private RequestState state(String id) {
        return f.admin.requests().find(id).orElseThrow().state();
    }

    @Test
    void volunteersSeeTheirOwnStationsRequestsMaskedAndCannotTakeSteps() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient vol = login(server.port(), "vol");
            String queue = vol.get("/requests?station=wt-station-2").body();
            assertThat(queue).contains("data-id=\"" + OWN + "\"", "data-id=\"" + WALK_IN + "\"", "李*国", "138****5678",
                    "散客", "到站点来", "12月3日上午", "服务申请").doesNotContain(OTHER, "李建国", "13812345678", "王*兰");
            assertThat(vol.get("/requests/" + OTHER).statusCode()).isEqualTo(403);
            String own = vol.get("/requests/" + OWN).body();
            assertThat(own).contains("李*国", "在终端提交", "志愿者只能查看").doesNotContain("id=\"step\"", "李建国");
            HttpResponse<String> step = vol.post("/requests/" + OWN + "/step", Map.of("to", "ASSIGNED", "note", "我来"));
            assertThat(step.statusCode()).isEqualTo(403);
            assertThat(state(OWN)).isEqualTo(RequestState.NEW);
            assertThat(vol.get("/feedback").statusCode()).isEqualTo(403);
        });
    }

    @Test
    void advisorsSeeEveryRequestInFullWithOverdueOnesFirstAndMarkedInWords() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            String before = adviser.get("/requests").body();
            assertThat(before).contains("李建国", "13812345678", "王秀兰", "石榴坊家门口服务站", "（当天，加急）")
                    .doesNotContain("超时未联系</strong>");
            clock.set(at(WEDNESDAY, 11, 31));
            String after = adviser.get("/requests").body();
            assertThat(after).contains("class=\"request overdue\" data-id=\"" + OTHER + "\"", "⚠ 超时未联系");
            assertThat(after.indexOf("data-id=\"" + OTHER + "\"")).as("overdue first")
                    .isLessThan(after.indexOf("data-id=\"" + OWN + "\""));
            String overdueOnly = adviser.get("/requests?overdue=1").body();
            assertThat(overdueOnly).contains("data-id=\"" + OTHER + "\"").doesNotContain("data-id=\"" + OWN + "\"");
            assertThat(adviser.get("/requests?station=wt-station-2&state=NEW").body())
                    .contains("data-id=\"" + OTHER + "\"").doesNotContain("data-id=\"" + WALK_IN + "\"");
            assertThat(adviser.get("/requests?olderThan=1").body()).contains("没有符合条件的服务申请");
            assertThat(adviser.get("/requests?olderThan=abc").statusCode()).isEqualTo(400);
            assertThat(adviser.get("/requests?state=LOST").statusCode()).isEqualTo(400);
            assertThat(adviser.get("/requests/req-nothere1").statusCode()).isEqualTo(404);
        });
    }

    @Test
    void anAdvisorTakesARequestThroughEveryStateAndEachStepIsAudited() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            String page = adviser.get("/requests/" + OWN).body();
            assertThat(page).contains("<form id=\"step\"", "name=\"to\"", "name=\"note\"", "name=\"assignee\"",
                    "name=\"day\"", "name=\"half\"", "name=\"who\"", "name=\"where\"", "value=\"上门\"");
            step(adviser, Map.of("to", "ASSIGNED", "note", "分给管理员", "assignee", "boss"));
            assertThat(f.admin.requests().find(OWN).orElseThrow().assignedTo()).isEqualTo("boss");
            step(adviser, Map.of("to", "CONTACTED", "note", "电话联系上了"));
            step(adviser, Map.of("to", "SCHEDULED", "note", "约好了", "day", WEDNESDAY.plusDays(2).toString(),
                    "half", "AFTERNOON", "who", "王美丽", "where", "上门"));
            assertThat(adviser.get("/requests/" + OWN).body()).contains("12月4日下午，王美丽，上门", "约好了", "adviser");
            step(adviser, Map.of("to", "DONE", "note", "服务完成"));
            String done = adviser.get("/requests/" + OWN).body();
            assertThat(done).contains("已完成", "服务完成").doesNotContain("id=\"step\"");
            assertThat(f.admin.audit().page(0, "SERVICE_REQUEST")).hasSize(4)
                    .allSatisfy(e -> assertThat(e.action()).isEqualTo("REQUEST_STEP"))
                    .allSatisfy(e -> assertThat(e.username()).isEqualTo("adviser"));
            assertThat(f.admin.audit().page(0, "SERVICE_REQUEST").get(0).after()).contains("DONE", "服务完成");
        });
    }

    private void step(WebClient web, Map<String, String> form) {
        web.get("/requests/" + OWN);
        HttpResponse<String> r = web.post("/requests/" + OWN + "/step", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    }

    @Test
    void aRefusedStepIsShownAgainWithTheReasonAndWhatWasTyped() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            adviser.get("/requests/" + OWN);
            HttpResponse<String> noNote = adviser.post("/requests/" + OWN + "/step", Map.of("to", "ASSIGNED", "note", " "));
            assertThat(noNote.statusCode()).isEqualTo(400);
            assertThat(noNote.body()).contains("请写一句说明", "id=\"step\"");
            HttpResponse<String> skip = adviser.post("/requests/" + OWN + "/step", Map.of("to", "DONE", "note", "<b>跳</b>"));
            assertThat(skip.statusCode()).isEqualTo(400);
            assertThat(skip.body()).contains("下一步只能是：已分配、已取消", "&lt;b&gt;跳&lt;/b&gt;").doesNotContain("<b>跳");
            HttpResponse<String> stranger = adviser.post("/requests/" + OWN + "/step",
                    Map.of("to", "ASSIGNED", "note", "分给志愿者", "assignee", "vol"));
            assertThat(stranger.body()).contains("只能分配给顾问或管理员");
            assertThat(state(OWN)).isEqualTo(RequestState.NEW);
            Map<String, String> form = new HashMap<>(Map.of("to", "ASSIGNED", "note", "我来"));
            form.put("csrf", "forged-token");
            assertThat(adviser.postRaw("/requests/" + OWN + "/step", form).statusCode()).isEqualTo(403);
            assertThat(adviser.postRaw("/requests/" + OWN + "/step", Map.of("to", "ASSIGNED", "note", "我来")).statusCode())
                    .isEqualTo(403);
            assertThat(state(OWN)).isEqualTo(RequestState.NEW);
            assertThat(f.admin.requests().steps(OWN)).hasSize(1);
        });
    }

    @Test
    void whatKiosksSentIsEscapedOnThePages() {
        receive(f, new ServiceRequest("req-00000004", ServiceRequest.Kind.ADVISOR_CALL, "p-x",
                "<script>alert(1)</script>", WEDNESDAY.plusDays(1), ServiceRequest.DayHalf.AFTERNOON,
                ServiceRequest.Contact.AT_STATION, "wt-station-1", null, null));
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            String queue = adviser.get("/requests").body();
            assertThat(queue).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "请顾问联系").doesNotContain("<script>");
            assertThat(adviser.get("/requests/req-00000004").body()).doesNotContain("<script>");
        });
    }

    @Test
    void theResidentsOwnPhoneIsKeptByTheResidentEditorAndCheckedLikeAPhone() {
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = login(server.port(), "adviser");
            String form = adviser.get("/residents/" + WANG).body();
            assertThat(form).contains("本人电话", "name=\"phone\"");
            Map<String, String> values = new HashMap<>(Map.of("id", WANG, "name", "王秀兰", "birthYear", "1938",
                    "tierCode", "TEKUN", "homeStationId", "wt-station-3", "phone", "电话"));
            assertThat(adviser.post("/residents/" + WANG, values).statusCode()).isEqualTo(400);
            values.put("phone", "139-0000-1111");
            assertThat(adviser.post("/residents/" + WANG, values).statusCode()).isEqualTo(302);
            assertThat(adviser.get("/residents/" + WANG).body()).contains("139-0000-1111");
            assertThat(adviser.get("/requests").body()).contains("139-0000-1111");
            values.remove("phone");
            adviser.get("/residents/" + WANG);
            assertThat(adviser.post("/residents/" + WANG, values).statusCode()).isEqualTo(302);
            assertThat(adviser.get("/requests").body()).doesNotContain("139-0000-1111");
        });
    }
}
