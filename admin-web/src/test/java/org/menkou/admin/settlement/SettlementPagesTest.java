package org.menkou.admin.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.settlement.SettlementTesting.CHEN;
import static org.menkou.admin.settlement.SettlementTesting.ZONE;
import static org.menkou.admin.settlement.SettlementTesting.at;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.admin.testing.WebClient;

/** The settlement pages over real HTTP: totals, CSV, closing freezes, adjustments, and who may do what. */
class SettlementPagesTest {
    private static final String PAGE = "/settlement?canteen=wt-canteen&month=2026-11";
    private static final String CSV = "/settlement/statement.csv?canteen=wt-canteen&month=2026-11";
    private static final Map<String, String> NOVEMBER = Map.of("canteen", "wt-canteen", "month", "2026-11");

    @TempDir
    Path dir;

    private AdminFixture f;
    private Jdbi jdbi;

    @BeforeEach
    void setUp() {
        SettableClock clock = new SettableClock(at(LocalDate.of(2026, 12, 2), 9), ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        jdbi = f.admin.database().jdbi();
        f.admin.users().create("cook", "食堂志愿者丁", Role.VOLUNTEER, "wt-canteen", AdminFixture.PASSWORD, false);
        SettlementTesting.november(jdbi);
    }

    private static String total(String page, String name) {
        Matcher m = Pattern.compile("data-total=\"" + name + "\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("the page shows the total " + name).isTrue();
        return m.group(1);
    }

    private WebClient login(int port, String user) {
        WebClient c = new WebClient(port);
        c.login(user, AdminFixture.PASSWORD);
        return c;
    }

    @Test
    void closingFreezesTheStatementAndAdjustmentsAreSeparateAuditedLines() {
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient boss = login(server.port(), "boss");
            String open = boss.get(PAGE).body();
            assertThat(open).contains("data-state=\"OPEN\"", "id=\"close-month\"");
            assertThat(List.of(total(open, "meals"), total(open, "paid"), total(open, "subsidy"), total(open, "payable"),
                    total(open, "walk-ins"))).containsExactly("5", "41.00", "32.00", "32.00", "1");

            assertThat(boss.post("/settlement/close", NOVEMBER).statusCode()).isEqualTo(302);
            assertThat(boss.post("/settlement/close", NOVEMBER).statusCode()).as("closed once").isEqualTo(400);

            jdbi.useHandle(h -> h.execute("UPDATE meal_booking SET picked_up_at = '2026-12-02T01:00:00Z' WHERE id = 'b-nov-05'"));
            var chen = f.store.residents().find(CHEN).orElseThrow();
            f.store.residents().save(new org.menkou.content.Resident(chen.id(), chen.name(), chen.birthYear(), "DIBAO",
                    chen.homeStationId()));
            f.store.residents().delete(SettlementTesting.WANG);

            String closed = boss.get(PAGE).body();
            assertThat(closed).contains("data-state=\"CLOSED\"", "id=\"add-adjustment\"").doesNotContain("id=\"close-month\"");
            assertThat(List.of(total(closed, "meals"), total(closed, "paid"), total(closed, "subsidy")))
                    .as("later edits do not change a closed month").containsExactly("5", "41.00", "32.00");
            assertThat(closed).contains("王*兰");

            assertThat(boss.post("/settlement/adjustments", Map.of("canteen", "wt-canteen", "month", "2026-11",
                    "amount", "-3.50", "reason", "11月4日一份重复记账")).statusCode()).isEqualTo(302);
            assertThat(boss.post("/settlement/adjustments", Map.of("canteen", "wt-canteen", "month", "2026-11",
                    "amount", "三块", "reason", "x")).statusCode()).isEqualTo(400);
            String adjusted = boss.get(PAGE).body();
            assertThat(total(adjusted, "subsidy")).isEqualTo("32.00");
            assertThat(total(adjusted, "payable")).isEqualTo("28.50");
            assertThat(adjusted).contains("11月4日一份重复记账");

            String audit = boss.get("/audit").body();
            assertThat(audit).contains("资金结算结账", "资金结算调整");
            assertThat(boss.post("/settlement/adjustments", Map.of("canteen", "wt-canteen", "month", "2026-10",
                    "amount", "1", "reason", "没结账")).statusCode()).as("only a closed month takes adjustments")
                    .isEqualTo(400);
        });
    }

    @Test
    void theCsvHasABomAHeaderPlainNumbersAndATotalsRow() {
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient adviser = login(server.port(), "adviser");
            HttpResponse<String> csv = adviser.get(CSV);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv", "utf-8");
            assertThat(csv.body()).startsWith("\uFEFF食堂,月份,补贴档次,套餐,原价（元）,居民价（元）,份数,居民付（元）,街道补贴（元）\r\n");
            List<String> rows = Arrays.asList(csv.body().split("\r\n"));
            assertThat(rows).contains(canteenName() + ",2026-11,低保,A套餐,15.00,3.00,1,3.00,12.00");
            assertThat(rows).contains(canteenName() + ",2026-11,合计,,,,5,41.00,32.00",
                    canteenName() + ",2026-11,应付补贴,未结账,,,,,32.00");
            assertThat(rows).anyMatch(r -> r.startsWith("2026-11-05,午餐,") && r.endsWith(",李*国,低保,3.00"));
            assertThat(csv.body()).doesNotContain("元,").doesNotContain("李建国");
        });
    }

    private String canteenName() {
        return f.store.stations().find("wt-canteen").orElseThrow().name();
    }

    @Test
    void volunteersSeeOnlyTheirCanteenAndOnlyAdminsCloseOrAdjust() {
        JavalinTest.test(f.app, (server, ignored) -> {
            WebClient vol = login(server.port(), "vol");
            HttpResponse<String> notACanteen = vol.get(PAGE);
            assertThat(notACanteen.statusCode()).as("a station's volunteer, not the canteen's").isEqualTo(400);
            assertThat(notACanteen.body()).contains("志愿者只能查看自己所在食堂的资金结算");
            assertThat(vol.get(CSV).statusCode()).isEqualTo(400);
            assertThat(vol.get("/settlement").statusCode()).isEqualTo(400);

            WebClient cook = login(server.port(), "cook");
            String page = cook.get("/settlement").body();
            assertThat(page).contains("data-total=\"subsidy\">32.00<").doesNotContain("id=\"close-month\"");
            assertThat(cook.get(CSV).statusCode()).isEqualTo(200);
            assertThat(cook.post("/settlement/close", NOVEMBER).statusCode()).isEqualTo(403);
            assertThat(cook.get("/settlement?canteen=wt-station-1&month=2026-11").statusCode())
                    .as("not a canteen").isEqualTo(403);

            WebClient adviser = login(server.port(), "adviser");
            assertThat(adviser.get(PAGE).body()).doesNotContain("id=\"close-month\"");
            assertThat(adviser.post("/settlement/close", NOVEMBER).statusCode()).isEqualTo(403);

            WebClient boss = login(server.port(), "boss");
            boss.get(PAGE);
            assertThat(boss.postRaw("/settlement/close", NOVEMBER).statusCode()).as("no CSRF token").isEqualTo(403);
            assertThat(boss.post("/settlement/close", Map.of("canteen", "wt-canteen", "month", "2026-12")).statusCode())
                    .as("December is not over").isEqualTo(400);
            assertThat(boss.get("/settlement?canteen=wt-canteen&month=2026-12").body()).doesNotContain("id=\"close-month\"");
            assertThat(boss.get("/settlement?canteen=wt-canteen&month=11-2026").statusCode()).isEqualTo(400);
            assertThat(boss.get("/settlement?canteen=nowhere&month=2026-11").statusCode()).isEqualTo(400);
        });
    }
}
