package org.menkou.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.store.ContentStore;
import org.menkou.content.sync.KioskSync;
import org.menkou.content.sync.Outbox;
import org.menkou.content.sync.SyncSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's chromium + chromium-driver) against a real server: log in, edit a notice,
 * publish; then a kiosk syncing against that server holds the new notice in its local replica.
 */
@Tag("integration")
class BrowserPublishTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    private AdminFixture server;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
                .as("needs Debian packages chromium and chromium-driver (./menkou test installs them)").isTrue();
        server = new AdminFixture(dir.resolve("server"));
        server.app.start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.app.stop();
        }
    }

    @Test
    void anAdvisorEditsANoticeAndPublishesItAndAKioskSyncsIt() {
        String base = "http://127.0.0.1:" + server.app.port();
        String token = server.admin.kiosks().register("wt-station-1", "一号", "test").token();

        browser.get(base + "/notices");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("adviser");
        browser.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("门口");

        browser.get(base + "/notices/n-health-check");
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("免费体检改到周五");
        WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("周五上午八点到十点，在服务站体检。带上社保卡。");
        browser.findElement(By.id("publish")).click();

        assertThat(browser.findElement(By.cssSelector("p.ok")).getText()).contains("已保存并发布");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("免费体检改到周五");
        browser.get(base + "/notices/n-health-check/preview");
        assertThat(browser.findElement(By.id("kiosk-screen")).getText()).contains("免费体检改到周五").contains("带上社保卡");
        assertThat(server.admin.audit().page(0, "NOTICE").get(0).username()).isEqualTo("adviser");

        ContentStore replica = ContentStore.open(dir.resolve("kiosk").resolve("menkou.db"), Clock.systemUTC());
        KioskSync kiosk = KioskSync.manual(replica, Outbox.open(replica.file(), Clock.systemUTC()),
                SyncSettings.defaults(URI.create(base), token, "test", () -> new SyncSettings.VoiceReport(false, "none")),
                Clock.systemUTC());
        kiosk.runOnce();
        assertThat(replica.notices().find("n-health-check")).hasValueSatisfying(n -> {
            assertThat(n.title()).isEqualTo("免费体检改到周五");
            assertThat(n.body()).contains("带上社保卡");
        });
    }
}
