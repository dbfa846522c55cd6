package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The family told of an alarm, on one demo: an advisor records the daughter's consent and her webhook in Chromium;
 * the resident scans her card at the kiosk and presses F12; the daughter's receiver (a loopback HTTP server here)
 * gets exactly one message, and once the call is closed on the board exactly one more. A walk-in's alarm tells
 * nobody.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyAlarmJourney implements JourneyEvidence.Witness {
    private static final String RESIDENT = "r-7k2m9q";
    private static final String RAISED = "\"family.alarm.raised\"";
    private static final String RESOLVED = "\"family.alarm.resolved\"";

    private DemoRun demo;
    private StaffBrowser browser;
    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private ResidentAtKiosk resident;

    @Override
    public DemoRun demo() {
        return demo;
    }

    @Override
    public StaffBrowser browser() {
        return browser;
    }

    @BeforeAll
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/daughter", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        demo = DemoRun.start("--sync-seconds", "5"); // the card key reaches the kiosk within seconds
        browser = demo.adminBrowser();
        resident = new ResidentAtKiosk(demo.kiosk);
    }

    @AfterAll
    void stop() throws Exception {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void anAdvisorRecordsTheDaughtersConsentAndHerWebhook() throws Exception {
        browser.open("/residents/" + RESIDENT);
        browser.set("contactName", "张小红");
        browser.set("contactRelation", "女儿");
        browser.set("contactPhone", "13800000000");
        WebElement consent = browser.element(By.id("consent"));
        if (!consent.isSelected()) {
            consent.click();
        }
        browser.set("notifyChannel", "WEBHOOK");
        browser.set("notifyAddress", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/daughter");
        browser.element(By.id("publish")).click();
        browser.open("/residents/" + RESIDENT);
        assertThat(browser.element(By.id("consent")).isSelected()).as("consent saved").isTrue();
        assertThat(browser.element(By.id("notifyAddress")).getAttribute("value")).endsWith("/daughter");
    }

    @Test
    @Order(2)
    void herAlarmAfterACardScanReachesTheDaughterOnceAndItsEndOnceMore() throws Exception {
        Path card = demo.directory.resolve("card.png");
        assertThat(demo.menkou(Duration.ofSeconds(120), "card", "issue", "--data", demo.data().toString(),
                "--resident", RESIDENT, "--out", card.toString())).contains("issued card");
        String cardPayload = Checkout.run(demo.directory, Duration.ofSeconds(30), List.of("zbarimg", "-q", "--raw",
                card.toString())).lines().filter(l -> l.startsWith("MK1:")).findFirst().orElse("");
        resident.holds(cardPayload);
        assertThat(resident.scanCard()).contains("张*英");

        demo.kiosk.press("F12");
        demo.kiosk.waitFor("紧急呼叫 ！！", Duration.ofSeconds(5));
        awaitMessages(RAISED, 1, Duration.ofSeconds(20));
        assertThat(boardRowText("OPEN", "家属：已通知", Duration.ofSeconds(10)))
                .contains("张*英", "家属：已通知 张*红（女儿）（网络推送）");
        assertThat(messages(RAISED)).as("one message once the server marked it delivered").hasSize(1);
        assertThat(messages(RAISED).get(0)).contains("工作人员正在处理").doesNotContain("张桂英", "张小红");

        AlarmBoard.clickInRow(browser, "OPEN", "/resolve");
        awaitMessages(RESOLVED, 1, Duration.ofSeconds(20));
        boardRowText("RESOLVED", "家属（处理结果）：已通知", Duration.ofSeconds(10));
        assertThat(messages(RAISED)).hasSize(1);
        assertThat(messages(RESOLVED)).singleElement().satisfies(m -> assertThat(m).contains("处理完毕"));
        freeTheKiosk();
    }

    @Test
    @Order(3)
    void aWalkInsAlarmTellsNobody() throws Exception {
        resident.home();
        int before = received.size();
        demo.kiosk.press("F12");
        demo.kiosk.waitFor("紧急呼叫 ！！", Duration.ofSeconds(5));
        String row = boardRowText("OPEN", "未识别", Duration.ofSeconds(20));
        assertThat(row).doesNotContain("家属");
        AlarmBoard.clickInRow(browser, "OPEN", "/resolve");
        boardRowText("RESOLVED", "未识别", Duration.ofSeconds(10));
        freeTheKiosk();
        // Nothing is owed for a walk-in, so nothing can arrive later: a few of the server's one-second looks suffice.
        Thread.sleep(3000);
        assertThat(received).as("messages after the walk-in's alarm").hasSize(before);
    }

    private List<String> messages(String event) {
        return received.stream().filter(m -> m.contains(event)).toList();
    }

    private void awaitMessages(String event, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (messages(event).size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(messages(event)).as("%s messages within %s", event, timeout).hasSize(count);
    }

    /** The text of the newest board row in {@code state} once it contains {@code text}. */
    private String boardRowText(String state, String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            browser.open("/alarms");
            browser.element(By.id("alarm-rows"));
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("tr[data-alarm][data-state='" + state + "']"));
            try {
                last = rows.isEmpty() ? "" : rows.get(0).getText();
            } catch (StaleElementReferenceException e) {
                last = "";
            }
            if (last.contains(text)) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no " + state + " row with " + text + " on the board within " + timeout + "; last: " + last);
    }

    /** The kiosk leaves the closed call's page (呼叫已处理) for the screens again. */
    private void freeTheKiosk() throws Exception {
        String screen = demo.kiosk.waitUntil("the call closed on the kiosk", s -> s.contains("呼叫已处理")
                || !AlarmBoard.showsAlarmPage(s), Duration.ofSeconds(20));
        if (AlarmBoard.showsAlarmPage(screen) || screen.contains("呼叫已处理")) {
            demo.kiosk.press("Escape");
            demo.kiosk.waitUntil("the kiosk free again", s -> !AlarmBoard.showsAlarmPage(s) && !s.contains("呼叫已处理"),
                    Duration.ofSeconds(10));
        }
    }
}
