package org.menkou.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.admin.testing.AdminBrowserTest;
import org.menkou.admin.testing.AdminFixture;
import org.openqa.selenium.By;

/**
 * In real headless Chromium: 删除, 停用令牌 and 重设密码 each ask first; 取消 changes nothing, 确认 does the deed.
 */
@Tag("integration")
class BrowserConfirmationTest extends AdminBrowserTest {
    private void logIn(String user) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        await(By.tagName("h1"));
    }

    @Test
    void cancellingADeleteKeepsTheNoticeAndConfirmingDeletesIt() {
        logIn("adviser");
        browser.get(base() + "/notices/n-health-check");
        await(By.id("delete")).click();
        assertThat(await(By.id("question")).getText()).contains("删除");
        assertThat(server.store.notices().find("n-health-check")).as("asking deletes nothing").isPresent();
        browser.findElement(By.id("cancel")).click();
        await(By.id("publish"));
        assertThat(server.store.notices().find("n-health-check")).isPresent();

        browser.findElement(By.id("delete")).click();
        await(By.id("confirm")).click();
        await(By.cssSelector("p.ok"));
        assertThat(server.store.notices().find("n-health-check")).isEmpty();
    }

    @Test
    void cancellingARevokeKeepsTheKioskTokenAndCancellingAResetKeepsThePassword() {
        String kiosk = server.admin.kiosks().register("wt-station-1", "大厅", "test").kiosk().id();
        logIn("boss");
        browser.get(base() + "/kiosks");
        await(By.xpath("//button[.='停用令牌']")).click();
        assertThat(await(By.id("question")).getText()).contains(kiosk);
        browser.findElement(By.id("cancel")).click();
        await(By.xpath("//button[.='停用令牌']"));
        assertThat(server.admin.kiosks().find(kiosk).orElseThrow().revoked()).isFalse();

        browser.get(base() + "/users");
        long vol = server.admin.users().find("vol").orElseThrow().id();
        await(By.cssSelector("form[action='/users/" + vol + "/password'] button")).click();
        assertThat(await(By.id("question")).getText()).contains("vol");
        browser.findElement(By.id("cancel")).click();
        await(By.cssSelector("form[action='/users/" + vol + "/password'] button"));
        assertThat(server.admin.users().verify("vol", AdminFixture.PASSWORD)).as("old password still works").isPresent();

        browser.findElement(By.cssSelector("form[action='/users/" + vol + "/password'] button")).click();
        await(By.id("confirm")).click();
        assertThat(await(By.id("secret")).getText()).isNotBlank();
        assertThat(server.admin.users().verify("vol", AdminFixture.PASSWORD)).isEmpty();
    }
}
