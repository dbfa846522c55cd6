package org.menkou.admin.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: a real admin server ({@link AdminFixture}, demo content) on a loopback port and
 * Debian's headless Chromium, started before and stopped after each test.
 */
public abstract class AdminBrowserTest {
    @TempDir
    protected Path dir;

    protected AdminFixture server;
    protected ChromeDriver browser;

    @BeforeEach
    void startServerAndBrowser() throws Exception {
        server = new AdminFixture(dir.resolve("server"));
        server.app.start("127.0.0.1", 0);
        browser = HeadlessChromium.start(dir.resolve("chrome-profile"));
    }

    @AfterEach
    void stopServerAndBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.app.stop();
        }
    }

    protected String base() {
        return "http://127.0.0.1:" + server.app.port();
    }

    /** Waits for an element on the page a click led to (the click returns before the next page has loaded). */
    protected WebElement await(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "the page " + browser.getCurrentUrl() + " shows: " + browser.getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
