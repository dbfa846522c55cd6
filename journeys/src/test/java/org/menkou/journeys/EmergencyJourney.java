package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 3 by keys, on the demo's kiosk: 9 on the home screen, F12 on a deep screen, F12 on the meal read-back
 * while the server is stopped. Each puts exactly one alarm on the board in Chromium; acknowledging it there changes
 * the kiosk's page within 2 s; closing it there frees the kiosk for the next way in.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmergencyJourney implements JourneyEvidence.Witness {
    private DemoRun demo;
    private StaffBrowser browser;
    private AlarmBoard board;

    @Override
    public DemoRun demo() {
        return demo;
    }

    @Override
    public StaffBrowser browser() {
        return browser;
    }

    @BeforeAll
    void startDemo() throws Exception {
        demo = DemoRun.start();
        browser = demo.adminBrowser();
        board = new AlarmBoard(browser, demo);
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void nineOnTheHomeScreen() throws Exception {
        home();
        int before = board.count();
        demo.kiosk.press("9");
        alarmPage();
        board.exactlyOneNewAlarmAcknowledgedAndClosed(before, "9 on the home screen");
    }

    @Test
    @Order(2)
    void f12OnADeepScreen() throws Exception {
        home();
        demo.kiosk.press("1");
        demo.kiosk.waitForTitle("找服务");
        demo.kiosk.press("1");
        String category = demo.kiosk.waitUntil("a category", s -> !KioskTerminal.title(s).equals("找服务"), Duration.ofSeconds(10));
        String service = KioskTerminal.choices(category).get("1");
        demo.kiosk.press("1");
        demo.kiosk.waitForTitle(service);
        int before = board.count();
        demo.kiosk.press("F12");
        alarmPage();
        board.exactlyOneNewAlarmAcknowledgedAndClosed(before, "F12 on a service's detail");
    }

    @Test
    @Order(3)
    void f12OnTheMealReadBackWhileTheServerIsSlow() throws Exception {
        home();
        int before = board.count();
        demo.kiosk.press("2");
        demo.kiosk.waitUntil("the meal screens", s -> s.contains("订哪一天") || KioskTerminal.title(s).equals("订餐"), Duration.ofSeconds(10));
        if (!demo.kiosk.screen().contains("订哪一天")) {
            demo.kiosk.choose("订餐");
        }
        demo.kiosk.choose("明天");
        demo.kiosk.choose("午餐");
        demo.kiosk.choose("A套餐");
        String next = demo.kiosk.waitUntil("the read-back or 堂吃/送餐", s -> s.contains("确认吗") || s.contains("堂吃"), Duration.ofSeconds(10));
        if (!next.contains("确认吗")) {
            demo.kiosk.choose("堂吃");
            demo.kiosk.waitFor("确认吗");
        }
        long admin = demo.adminPid();
        Checkout.signal(admin, "STOP");
        try {
            Instant pressed = Instant.now();
            demo.kiosk.press("F12");
            alarmPage();
            assertThat(Duration.between(pressed, Instant.now())).as("F12 to the alarm page with the server stopped")
                    .isLessThan(Duration.ofSeconds(2));
        } finally {
            Checkout.signal(admin, "CONT");
        }
        board.exactlyOneNewAlarmAcknowledgedAndClosed(before, "F12 on the meal read-back while the server was stopped");
    }

    private void home() throws Exception {
        demo.kiosk.press("0");
        demo.kiosk.waitUntil("the home screen", s -> s.contains("9  紧急呼叫") && KioskTerminal.title(s).endsWith("首页"),
                Duration.ofSeconds(10));
    }

    /** The red page: "！！ 紧急呼叫 ！！" over the whole screen. */
    private void alarmPage() throws Exception {
        demo.kiosk.waitFor("紧急呼叫 ！！", Duration.ofSeconds(5));
    }
}
