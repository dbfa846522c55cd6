package org.menkou.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.admin.alarm.Alarm;
import org.menkou.admin.testing.AdminBrowserTest;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.SyncClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alarm board in real headless Chromium while a real kiosk client raises alarms over the kiosk API: what staff
 * type and click survives live updates, active alarms come first, closing asks first, and a phone shows it all.
 */
@Tag("integration")
class BrowserAlarmBoardTest extends AdminBrowserTest {
    private SyncClient kiosk;
    private int raised;

    @BeforeEach
    void registerKioskAndLogIn() {
        String token = server.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        kiosk = new SyncClient(URI.create(base()), token, Duration.ofSeconds(5));
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys("adviser");
        browser.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        await(By.tagName("h1"));
    }

    private String raise() {
        String id = "alarm-test-" + (++raised);
        kiosk.push(new EventBatch(List.of(new KioskEvent(id, AlarmReport.TYPE, Instant.now(),
                SyncJson.strict().valueToTree(new AlarmReport("wt-station-1", null, AlarmSource.BUTTON, null))))));
        return id;
    }

    private Alarm stored(String alarmId) {
        return server.admin.alarms().alarms().all().stream().filter(a -> a.alarmId().equals(alarmId)).findFirst()
                .orElseThrow();
    }

    private WebElement row(String alarmId) {
        return await(By.cssSelector("tr[data-alarm='" + alarmId + "']"));
    }

    /**
     * Clicks the button labelled {@code label} in the alarm's row as a person does: whatever node the row shows at the
     * moment of the click (a live update may have redrawn the cell between finding the button and clicking it).
     */
    private void press(String alarmId, String label) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(b -> {
            row(alarmId).findElement(By.xpath(".//button[contains(., '" + label + "')]")).click();
            return true;
        });
    }

    private void until(Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> condition.get());
    }

    @Test
    void aNoteBeingTypedKeepsItsTextAndFocusAndAClickedButtonStillWorksWhileAlarmsArriveAndChange() {
        String first = raise();
        browser.get(base() + "/alarms");
        WebElement note = row(first).findElement(By.name("text"));
        WebElement acknowledge = row(first).findElement(By.xpath(".//button[contains(., '我来处理')]"));
        note.click();
        note.sendKeys("家属已到");

        String second = raise();
        String third = raise();
        WebClient colleague = new WebClient(server.app.port());
        colleague.login("boss", AdminFixture.PASSWORD);
        colleague.get("/alarms");
        colleague.post("/alarms/" + stored(first).seq() + "/note", Map.of("text", "我在路上"));
        row(second);
        row(third);
        until(() -> row(first).getText().contains("我在路上"));

        assertThat(note.getAttribute("value")).as("the typed text survives").isEqualTo("家属已到");
        assertThat(browser.switchTo().activeElement()).as("focus stays in the note").isEqualTo(note);
        note.sendKeys("，已送医");
        assertThat(note.getAttribute("value")).isEqualTo("家属已到，已送医");

        acknowledge.click();
        until(() -> stored(first).state() == AlarmState.ACKNOWLEDGED);
        note.findElement(By.xpath("ancestor::form//button")).click();
        until(() -> server.admin.alarms().alarms().notes(stored(first).seq()).stream()
                .anyMatch(n -> n.text().equals("家属已到，已送医")));
        until(() -> "".equals(note.getAttribute("value")));
        assertThat(stored(second).state()).isEqualTo(AlarmState.OPEN);
    }

    @Test
    void closingAsksFirstAndCancellingLeavesTheAlarmOpen() {
        String alarm = raise();
        browser.get(base() + "/alarms");
        press(alarm, "已处理，关闭");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        assertThat(browser.switchTo().alert().getText()).contains("关闭");
        browser.switchTo().alert().dismiss();
        // Acknowledging afterwards from the same page proves no close request was sent in between.
        press(alarm, "我来处理");
        until(() -> stored(alarm).state() == AlarmState.ACKNOWLEDGED);
        assertThat(server.admin.audit().page(0, "ALARM")).extracting(e -> e.action()).doesNotContain("RESOLVE");

        press(alarm, "已处理，关闭");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        until(() -> stored(alarm).state() == AlarmState.RESOLVED);
    }

    @Test
    void activeAlarmsStandAboveSelfTestWarningsAndClosedAlarmsWithTheirStateInWords() {
        String closed = raise();
        String open = raise();
        server.admin.alarms().resolve(stored(closed).seq(), "boss");
        browser.get(base() + "/alarms");
        until(() -> row(closed).getAttribute("data-state").equals("RESOLVED"));
        WebElement openRow = row(open);
        WebElement closedRow = row(closed);
        assertThat(openRow.getLocation().getY()).as("open above closed").isLessThan(closedRow.getLocation().getY());
        assertThat(openRow.getLocation().getY()).as("open above self-test warnings")
                .isLessThan(browser.findElement(By.id("self-test")).getLocation().getY());
        assertThat(openRow.getText()).contains("⚠", "待响应");
        assertThat(Integer.parseInt(openRow.getCssValue("font-weight")))
                .as("weight that is not colour").isGreaterThan(Integer.parseInt(closedRow.getCssValue("font-weight")));
    }

    @Test
    void onAPhoneEachAlarmAndItsButtonsFitWithoutScrollingSideways() {
        String first = raise();
        raise();
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(base() + "/alarms");
        WebElement row = row(first);
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        assertThat(viewport).isLessThanOrEqualTo(375);
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;"))
                .as("no horizontal scrolling").isLessThanOrEqualTo(viewport);
        for (WebElement button : row.findElements(By.tagName("button"))) {
            assertThat(button.getLocation().getX() + button.getSize().getWidth()).as(button.getText())
                    .isLessThanOrEqualTo((int) viewport);
        }
    }
}
