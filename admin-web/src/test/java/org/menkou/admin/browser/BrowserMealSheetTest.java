package org.menkou.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminBrowserTest;
import org.menkou.admin.testing.AdminFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Real headless Chromium: a volunteer books a meal for a resident who phoned in, then opens the canteen's daily
 * sheet, which counts it and prints without the site's menu and buttons.
 */
@Tag("integration")
class BrowserMealSheetTest extends AdminBrowserTest {
    @Test
    void aVolunteerBooksByPhoneAndTheDailySheetCountsAndPrintsIt() {
        String base = base();
        LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
        MealTesting.lunch(server.store, tomorrow, 10);

        browser.get(base + "/meals/proxy");
        browser.findElement(By.id("username")).sendKeys("vol");
        browser.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        await(By.tagName("h1"));
        browser.get(base + "/meals/proxy");
        new Select(await(By.id("residentId"))).selectByValue("r-p4n6td");
        WebElement date = browser.findElement(By.id("date"));
        browser.executeScript("arguments[0].value = arguments[1]", date, tomorrow.toString());
        new Select(browser.findElement(By.id("setCode"))).selectByValue("B");
        browser.findElement(By.id("delivery")).click();
        browser.findElement(By.id("book")).click();
        assertThat(await(By.id("outcome")).getText()).contains("已订上，编号 1");
        assertThat(server.admin.audit().page(0, "MEAL_BOOKING").get(0).action()).isEqualTo("PROXY_BOOKING");

        browser.get(base + "/meals/sheet?canteen=wt-canteen&date=" + tomorrow);
        assertThat(await(By.cssSelector("[data-meal=LUNCH]")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("[data-set=B]")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("table.delivery")).getText()).contains("王*兰");
        assertThat(browser.findElement(By.tagName("header")).isDisplayed()).isTrue();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.tagName("header")).isDisplayed()).as("printed without the menu").isFalse();
        assertThat(browser.findElement(By.cssSelector("table.delivery")).isDisplayed()).isTrue();
    }

}
