package org.menkou.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.admin.testing.AdminBrowserTest;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TmuxSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Real headless Chromium (Debian's chromium + chromium-driver) against a real server: log in, edit a notice,
 * publish; then a kiosk syncing against that server holds the new notice in its local replica.
 */
@Tag("integration")
class BrowserPublishTest extends AdminBrowserTest {
    @Test
    void anAdvisorEditsANoticeAndPublishesItAndAKioskProcessShowsItOnItsScreen() throws Exception {
        String base = base();
        String token = server.admin.kiosks().register("wt-station-1", "一号", "test").token();

        browser.get(base + "/notices");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("adviser");
        browser.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        assertThat(await(By.tagName("h1")).getText()).contains("门口");

        browser.get(base + "/notices/n-health-check");
        WebElement title = await(By.id("title"));
        title.clear();
        title.sendKeys("免费体检改到周五");
        WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("周五上午八点到十点，在服务站体检。带上社保卡。");
        browser.findElement(By.id("publish")).click();

        assertThat(await(By.cssSelector("p.ok")).getText()).contains("已保存并发布");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("免费体检改到周五");
        browser.get(base + "/notices/n-health-check/preview");
        assertThat(await(By.id("kiosk-screen")).getText()).contains("免费体检改到周五").contains("带上社保卡");
        assertThat(server.admin.audit().page(0, "NOTICE").get(0).username()).isEqualTo("adviser");

        // A real kiosk process, registered for the station, syncs from this server and shows the notice on its TUI.
        Path kioskJar = Path.of("..", "kiosk", "target", "menkou-kiosk.jar").toAbsolutePath().normalize();
        assertThat(kioskJar).as("the kiosk jar (mvn package builds kiosk before admin-web)").exists();
        Path kioskData = dir.resolve("kiosk");
        try (TmuxSession kiosk = new TmuxSession("java -Dfile.encoding=UTF-8 -jar " + kioskJar + " kiosk --data " + kioskData
                + " --server " + base + " --token " + token)) {
            kiosk.waitFor("9  紧急呼叫");
            kiosk.keys("4");
            String notices = kiosk.waitFor("免费体检改到周五");
            assertThat(notices).contains("通知活动");
            kiosk.keys("1");
            assertThat(kiosk.waitFor("带上社保卡")).contains("免费体检改到周五");
            kiosk.keys("C-c");
        }
        ContentStore replica = ContentStore.open(Database.openSqlite(kioskData.resolve("menkou.db")), Clock.systemUTC());
        assertThat(replica.notices().find("n-health-check")).hasValueSatisfying(n -> {
            assertThat(n.title()).isEqualTo("免费体检改到周五");
            assertThat(n.body()).contains("带上社保卡");
        });
    }

}
