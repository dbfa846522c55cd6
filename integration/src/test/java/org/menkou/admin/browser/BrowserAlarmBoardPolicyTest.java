package org.menkou.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.admin.testing.AdminBrowserTest;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmSender;
import org.menkou.kiosk.sync.SyncClient;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium under the site's Content-Security-Policy: the alarm board's script (fetch and WebSocket)
 * still shows a new alarm live, and the browser reports no policy violation.
 */
@Tag("integration")
class BrowserAlarmBoardPolicyTest extends AdminBrowserTest {
    @Test
    void theLiveAlarmBoardWorksUnderTheContentSecurityPolicy() throws Exception {
        String base = base();
        browser.get(base + "/alarms");
        browser.findElement(By.id("username")).sendKeys("adviser");
        browser.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        await(By.tagName("h1"));
        browser.get(base + "/alarms");
        await(By.id("alarm-rows"));

        String token = server.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        AlarmJournal journal = AlarmJournal.open(Database.openSqlite(dir.resolve("kiosk.db")), Clock.systemUTC());
        SyncClient client = new SyncClient(URI.create(base), token, Duration.ofSeconds(3));
        AlarmSender sender = new AlarmSender(journal, client, Duration.ofSeconds(1), Clock.systemUTC());
        String id = journal.raise(null, "wt-station-1", null, AlarmSource.BUTTON).id();
        sender.runOnce();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b ->
                !b.findElements(By.cssSelector("tr[data-alarm='" + id + "']")).isEmpty());
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage))
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"));
    }
}
