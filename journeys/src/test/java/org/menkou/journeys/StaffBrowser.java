package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of staff at Debian's headless Chromium (through chromedriver) on the demo's admin site: they type and
 * click, nothing else. {@link #close} quits the browser.
 */
final class StaffBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final DemoRun demo;

    /** @param profile an empty directory for the browser's profile */
    StaffBrowser(DemoRun demo, Path profile) throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
                .as("needs Debian packages chromium and chromium-driver (./menkou test installs them)").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        this.demo = demo;
    }

    void open(String path) {
        driver.get(demo.url(path));
    }

    /** Logs in on the login page; afterwards the browser is wherever the site sent it. */
    void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        element(By.id("username")).sendKeys(username);
        element(By.id("password")).sendKeys(password);
        element(By.id("login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login")
                || !d.findElements(By.cssSelector("p.error")).isEmpty());
    }

    /** First login with a one-time password: the site forces a new one, which is set here. */
    void firstLogIn(String username, String oneTimePassword, String newPassword) {
        logIn(username, oneTimePassword);
        assertThat(driver.getCurrentUrl()).as("first login is sent to the forced password change").endsWith("/account/password");
        element(By.id("currentPassword")).sendKeys(oneTimePassword);
        element(By.id("newPassword")).sendKeys(newPassword);
        element(By.id("repeatPassword")).sendKeys(newPassword);
        element(By.id("save-password")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/account/password")
                || d.findElements(By.cssSelector("p.error")).size() > 1);
        assertThat(driver.getCurrentUrl()).as("the new password was taken; the page says: %s",
                driver.findElements(By.cssSelector("p.error")).stream().map(e -> e.getText()).toList())
                .doesNotContain("/account/password");
    }

    /** Waits up to 10 s for an element. */
    WebElement element(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Sets a form field's value as a person picks it (date and select inputs included). */
    void set(String id, String value) {
        WebElement field = element(By.id(id));
        if ("select".equals(field.getTagName())) {
            new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
        } else {
            driver.executeScript("arguments[0].value = arguments[1];", field, value);
        }
    }

    /** Clicks and accepts a browser confirmation if the site asks for one. */
    void clickConfirming(WebElement button) {
        button.click();
        try {
            driver.switchTo().alert().accept();
        } catch (NoAlertPresentException e) {
            // No confirmation asked.
        }
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the page to {@code file}. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
