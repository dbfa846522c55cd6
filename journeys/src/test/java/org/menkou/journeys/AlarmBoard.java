package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The admin site's 紧急呼叫 board as a responder uses it in {@link StaffBrowser}, and what the kiosk's page does in
 * answer. One alarm at a time: each call is counted, acknowledged, checked on the kiosk, and closed.
 */
final class AlarmBoard {
    /** How soon the kiosk's page follows an acknowledgement on the board. */
    static final Duration ACK_TO_KIOSK = Duration.ofSeconds(2);

    private final StaffBrowser browser;
    private final DemoRun demo;

    AlarmBoard(StaffBrowser browser, DemoRun demo) {
        this.browser = browser;
        this.demo = demo;
    }

    /**
     * Clicks the button of the form whose action ends in {@code action} in the alarm row in {@code state}; the board
     * redraws its rows when anything changes, so a row found a moment ago may be gone: find it again then.
     */
    static void clickInRow(StaffBrowser browser, String state, String action) throws InterruptedException {
        By button = By.cssSelector("tr[data-alarm][data-state='" + state + "'] form[action$='" + action + "'] button");
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                browser.clickConfirming(browser.element(button));
                return;
            } catch (StaleElementReferenceException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The kiosk's red page, in Chinese ("！！ 紧急呼叫 ！！") or English. */
    static boolean showsAlarmPage(String screen) {
        return screen.contains("紧急呼叫 ！！") || screen.contains("EMERGENCY");
    }

    /** Alarms the board lists now (all states). */
    int count() {
        browser.open("/alarms");
        browser.element(By.id("alarm-rows"));
        return browser.driver.findElements(By.cssSelector("tr[data-alarm]")).size();
    }

    /**
     * Waits until exactly one alarm more than {@code before} is on the board, acknowledges it there, checks that the
     * kiosk says 工作人员已收到，正在赶来 within {@link #ACK_TO_KIOSK}, closes it, and checks that still exactly one
     * alarm was added (no duplicate for one press).
     */
    void exactlyOneNewAlarmAcknowledgedAndClosed(int before, String how) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        int now = count();
        while (now <= before && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            now = count();
        }
        assertThat(now).as("alarms on the board after %s", how).isEqualTo(before + 1);
        List<WebElement> open = browser.driver.findElements(By.cssSelector("tr[data-alarm][data-state='OPEN']"));
        assertThat(open).as("open alarms after %s", how).hasSize(1);

        clickInRow(browser, "OPEN", "/acknowledge");
        Instant acknowledged = Instant.now();
        demo.kiosk.waitUntil("工作人员已收到，正在赶来 (or in English: on their way)",
                s -> s.contains("工作人员已收到，正在赶来") || s.toLowerCase(java.util.Locale.ROOT).contains("on their way")
                        || s.toLowerCase(java.util.Locale.ROOT).contains("on the way"), ACK_TO_KIOSK.plusSeconds(8));
        assertThat(Duration.between(acknowledged, Instant.now())).as("acknowledgement to the kiosk's page after %s", how)
                .isLessThanOrEqualTo(ACK_TO_KIOSK);

        browser.open("/alarms");
        clickInRow(browser, "ACKNOWLEDGED", "/resolve");
        String closed = demo.kiosk.waitUntil("the call closed on the kiosk", s -> s.contains("呼叫已处理")
                || s.contains("Call handled") || !showsAlarmPage(s), Duration.ofSeconds(20));
        if (showsAlarmPage(closed) || closed.contains("呼叫已处理") || closed.contains("Call handled")) {
            demo.kiosk.press("Escape");
            demo.kiosk.waitUntil("the kiosk free again", s -> !showsAlarmPage(s) && !s.contains("呼叫已处理")
                    && !s.contains("Call handled"), Duration.ofSeconds(10));
        }
        assertThat(count()).as("alarms on the board after %s was closed", how).isEqualTo(before + 1);
    }
}
