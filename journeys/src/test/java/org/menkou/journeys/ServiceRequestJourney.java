package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * From information to action, on one demo: a resident identified by card asks for 助浴 by keys, an advisor takes the
 * request through every state in Chromium, the resident's next scan says when and who comes, and once it is done the
 * scan asks 满意吗？; the answer shows on the provider's chart. A meal picked up is asked about the same way and
 * shows on the canteen's chart.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceRequestJourney implements JourneyEvidence.Witness {
    private static final String RESIDENT = "r-7k2m9q";
    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final Duration SYNC = Duration.ofSeconds(30);
    /** A remote command waits for the kiosk's next round (every 5 s here), then for the page's reload (3 s). */
    private static final Duration REMOTE = Duration.ofSeconds(30);

    private DemoRun demo;
    private StaffBrowser browser;
    private KioskTerminal kiosk;
    private ResidentAtKiosk resident;
    private String adminPassword;
    private LocalDate scheduledDay;

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
        demo = DemoRun.start("--sync-seconds", "5");
        kiosk = demo.kiosk;
        browser = demo.browser();
        Path card = demo.directory.resolve("card.png");
        demo.menkou(Duration.ofSeconds(120), "card", "issue", "--data", demo.data().toString(), "--resident", RESIDENT,
                "--out", card.toString());
        resident = new ResidentAtKiosk(kiosk);
        String cardPayload = Checkout.run(demo.directory, Duration.ofSeconds(30), List.of("zbarimg", "-q", "--raw", card.toString()))
                .lines().filter(l -> l.startsWith("MK1:")).findFirst().orElse("");
        assertThat(cardPayload).startsWith("MK1:");
        resident.holds(cardPayload);
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void aResidentAsksForBathingByKeys() throws Exception {
        resident.home();
        resident.scanCard();
        kiosk.choose("找服务");
        kiosk.choose("专业照护");
        kiosk.choose("助浴");
        kiosk.waitFor("【谁可以用】");
        kiosk.choose("我要申请");
        String when = kiosk.waitForTitle("什么时候方便？");
        assertThat(KioskTerminal.choices(when).size()).as("at most six half-days").isBetween(4, 6);
        kiosk.choose("明天上午");
        kiosk.waitForTitle("怎么联系您？");
        kiosk.choose("我到站点来");
        String readBack = kiosk.waitFor("确认吗");
        assertThat(flat(readBack)).contains("为张*英申请", "申请助浴，明天上午，我到站点来。");
        kiosk.press("Enter");
        String result = kiosk.waitUntil("the answer", s -> s.contains("已经提交了") || s.contains("已经保存了"), Duration.ofSeconds(15));
        assertThat(flat(result)).contains("已经提交了", "请明天上午到站点来找顾问");
    }

    @Test
    @Order(2)
    void anAdvisorTakesItThroughEveryStateAndTheNextScanSaysWhenAndWho() throws Exception {
        adminLogIn();
        browser.open("/requests");
        WebElement row = browser.element(By.xpath("//tr[td[contains(., '助浴')]]"));
        assertThat(row.getText()).contains("张桂英").contains("新申请");
        row.findElement(By.tagName("a")).click();
        scheduledDay = LocalDate.now(CENTRE).plusDays(2);
        step("ASSIGNED", "我来跟进");
        step("CONTACTED", "居民来站里谈过了");
        browser.set("day", scheduledDay.toString());
        browser.set("half", "MORNING");
        browser.element(By.name("who")).sendKeys("王美丽");
        browser.element(By.name("where")).clear();
        browser.element(By.name("where")).sendKeys("上门");
        step("SCHEDULED", "约好后天上午上门");
        String steps = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(steps).contains("我来跟进", "居民来站里谈过了", "约好后天上午上门");

        resident.home();
        resident.scanCard();
        String expected = "您申请的助浴：已安排，" + scheduledDay.getMonthValue() + "月" + scheduledDay.getDayOfMonth()
                + "日上午，王*丽上门。";
        String greeting = kiosk.waitUntil("the request's news on the greeting", s -> flat(s).contains(expected),
                Duration.ofSeconds(10));
        assertThat(flat(greeting)).doesNotContain("王美丽");
    }

    @Test
    @Order(3)
    void onceDoneTheNextScanAsksOnceAndTheAnswerIsOnTheProvidersChart() throws Exception {
        adminLogIn();
        browser.open("/requests");
        browser.element(By.xpath("//tr[td[contains(., '助浴')]]")).findElement(By.tagName("a")).click();
        step("DONE", "洗好了，老人说舒服");

        resident.home();
        kiosk.scannerBurst(resident.card());
        String question = kiosk.waitFor("您满意吗", Duration.ofSeconds(15));
        assertThat(flat(question)).contains("助浴服务，您满意吗？");
        kiosk.choose("不满意");
        kiosk.waitForTitle("哪里不满意？");
        kiosk.choose("没按时");
        kiosk.waitForTitle("谢谢您告诉我们。");
        kiosk.press("Enter");
        String greeting = kiosk.waitUntil("the greeting", s -> KioskTerminal.title(s).startsWith("您好，"), Duration.ofSeconds(10));
        assertThat(flat(greeting)).as("a done request is no longer news").doesNotContain("您申请的助浴");

        resident.home();
        resident.scanCard();
        assertNotAskedFor(Duration.ofSeconds(3));

        adminLogIn();
        pageOnceItShows("/feedback?subject=REQUEST", "梧桐颐康养老服务社");
        WebElement week = browser.element(By.cssSelector("section.series[data-about='梧桐颐康养老服务社'] tbody tr"));
        assertThat(week.findElement(By.className("unsatisfied")).getText()).isEqualTo("1");
        assertThat(week.findElement(By.className("reasons")).getText()).contains("没按时");
    }

    @Test
    @Order(4)
    void aMealPickedUpIsAskedAboutAndShowsOnTheCanteensChart() throws Exception {
        resident.home();
        resident.scanCard();
        // Taken just before the kiosk draws its days, so that a booking made across midnight is looked for on its day.
        String tomorrow = LocalDate.now(CENTRE).plusDays(1).toString();
        kiosk.choose("订餐");
        resident.chooseIfOffered("订餐");
        kiosk.choose("明天");
        kiosk.choose("午餐");
        kiosk.waitFor("A套餐：");
        kiosk.choose("A套餐");
        String next = kiosk.waitUntil("the read-back or 堂吃/送餐", s -> s.contains("确认吗") || s.contains("堂吃"), Duration.ofSeconds(10));
        if (!next.contains("确认吗")) {
            kiosk.choose("堂吃");
            kiosk.waitFor("确认吗");
        }
        kiosk.press("Enter");
        kiosk.waitFor("订餐号是", Duration.ofSeconds(15));

        adminLogIn();
        browser.open("/meals/sheet?canteen=wt-canteen&date=" + tomorrow);
        browser.element(By.xpath("//tr[td[contains(., '张')]]//button")).click();
        browser.element(By.xpath("//tr[td[contains(., '张')]][contains(., '已取') or contains(., '已送')]"));

        resident.home();
        kiosk.scannerBurst(resident.card());
        String question = kiosk.waitFor("您满意吗", Duration.ofSeconds(15));
        assertThat(flat(question)).contains("午餐的A套餐，您满意吗？");
        kiosk.choose("满意");
        kiosk.waitForTitle("谢谢您告诉我们。");

        pageOnceItShows("/feedback?subject=MEAL", "梧桐长者食堂");
        String satisfied = browser.element(By.cssSelector("section.series[data-about='梧桐长者食堂'] td.satisfied")).getText();
        assertThat(satisfied).as("this week's 满意 answers about the canteen").isEqualTo("1");
    }

    @Test
    @Order(5)
    void aRequestMadeWhileTheServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        long admin = demo.adminPid();
        Checkout.signal(admin, "STOP");
        try {
            resident.home();
            resident.scanCard();
            kiosk.choose("找服务");
            kiosk.choose("家庭支持");
            kiosk.choose("辅具租借");
            kiosk.waitFor("【谁可以用】");
            kiosk.choose("请顾问联系我");
            kiosk.choose("后天下午");
            kiosk.choose("我到站点来");
            kiosk.waitFor("确认吗");
            kiosk.press("Enter");
            String saved = kiosk.waitUntil("the answer", s -> s.contains("已经保存了") || s.contains("已经提交了"),
                    Duration.ofSeconds(15));
            assertThat(flat(saved)).contains("已经保存了", "网络好了会自动交给顾问");
        } finally {
            Checkout.signal(admin, "CONT");
        }
        adminLogIn();
        Instant deadline = Instant.now().plus(SYNC);
        while (true) {
            browser.open("/requests");
            List<WebElement> rows = browser.driver.findElements(By.xpath("//tr[td[contains(., '辅具租借')]]"));
            if (!rows.isEmpty()) {
                assertThat(rows).as("arrived once").hasSize(1);
                assertThat(rows.get(0).getText()).contains("请顾问联系");
                break;
            }
            assertThat(Instant.now()).as("the saved request reaches the queue within %s", SYNC).isBefore(deadline);
            Thread.sleep(2000);
        }
        resident.home();
        resident.scanCard();
        kiosk.waitUntil("the request's news on the greeting", s -> flat(s).contains("您申请的辅具租借：已收到"),
                Duration.ofSeconds(10));
    }

    @Test
    @Order(6)
    void anAdminSeesTheKiosksScreenMaskedRunsItsSelfTestAndReSyncsItKeepingItsContentAndOutbox() throws Exception {
        String greeting = kiosk.waitUntil("the greeting", s -> KioskTerminal.title(s).startsWith("您好，"),
                Duration.ofSeconds(10));
        adminLogIn();
        browser.open("/kiosks");
        browser.element(By.cssSelector("a[href^='/kiosks/k-']")).click();
        String page = browser.driver.getCurrentUrl();
        browser.element(By.id("show-screen")).click();
        String shown = pageText(By.id("screen"), s -> s.contains(KioskTerminal.title(greeting)), REMOTE);
        assertThat(shown).as("the kiosk's screen as text, masked as on the screen").contains("张*英")
                .doesNotContain("张桂英").contains(KioskTerminal.choices(greeting).values());

        browser.element(By.id("self-test")).click();
        browser.element(By.id("confirm")).click();
        browser.driver.get(page);
        browser.element(By.id("resync")).click();
        browser.element(By.id("confirm")).click();
        String results = pageText(By.id("commands"), s -> s.contains("自检") && s.contains("已从头重新同步"), REMOTE);
        assertThat(results).contains("✔ 屏幕", "紧急按钮", "磁盘", "✔ 本地内容");
        java.util.regex.Matcher events = java.util.regex.Pattern.compile("本地事件 (\\d+) → (\\d+) 条").matcher(results);
        assertThat(events.find()).as("the re-sync's result: %s", results).isTrue();
        assertThat(events.group(2)).as("the outbox is kept").isEqualTo(events.group(1));
        assertThat(Integer.parseInt(events.group(1))).as("the request saved offline is among them").isPositive();

        browser.driver.get(page);
        assertThat(browser.element(By.id("device")).getText()).as("the device report of the kiosk's heartbeats")
                .contains("keyboard", "MB");

        resident.home();
        resident.scanCard();
        kiosk.choose("找服务");
        kiosk.choose("家庭支持");
        kiosk.waitFor("辅具租借");
    }

    @Test
    @Order(7)
    void anAdminRestartsTheKioskAppAndItComesBackOnItsHomeScreenWithTheAnswerKept() throws Exception {
        kiosk.waitUntil("a resident at the kiosk", s -> s.contains("辅具租借"), Duration.ofSeconds(10));
        // Each kiosk process logs once at start that no systemd watchdog socket was given.
        Path kioskLog = demo.data().resolve("logs").resolve("kiosk.log");
        long startsBefore = kioskStarts(kioskLog);
        long adminStartsBefore = demo.adminListening().size();
        adminLogIn();
        browser.open("/kiosks");
        browser.element(By.cssSelector("a[href^='/kiosks/k-']")).click();
        String page = browser.driver.getCurrentUrl();
        browser.element(By.id("restart")).click();
        browser.element(By.id("confirm")).click();
        // The kiosk answers, exits 75, and the launcher starts the demo (kiosk and admin site) again.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (kioskStarts(kioskLog) <= startsBefore) {
            assertThat(Instant.now()).as("a new kiosk process within 150 s").isBefore(deadline);
            Thread.sleep(500);
        }
        kiosk.waitUntil("the restarted kiosk's home screen", s -> KioskTerminal.title(s).endsWith("首页")
                && !s.contains("辅具租借"), Duration.ofSeconds(120));
        demo.adminStartedAgain(adminStartsBefore, Duration.ofSeconds(60));
        adminLogIn();
        browser.driver.get(page.replaceFirst(":\\d+/", ":" + demo.port() + "/"));
        assertThat(pageText(By.id("commands"), s -> s.contains("终端程序马上重启"), REMOTE))
                .as("the restart's answer, stored before the kiosk exited").containsPattern("RESTART admin .* DONE");
    }

    private static long kioskStarts(Path kioskLog) throws IOException {
        try (var lines = Files.lines(kioskLog)) {
            return lines.filter(l -> l.contains("NOTIFY_SOCKET")).count();
        }
    }

    /** The text of {@code by} once it satisfies {@code done}; the kiosk page reloads itself while commands wait. */
    private String pageText(By by, java.util.function.Predicate<String> done, Duration timeout) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    String text = d.findElement(by).getText();
                    return done.test(text) ? text : null;
                });
    }

    // --- steps a person repeats ---

    /** Picks state {@code to} on the request's page, writes {@code note} and takes the step. */
    private void step(String to, String note) {
        browser.set("to", to);
        browser.element(By.name("note")).sendKeys(note);
        browser.element(By.id("step-submit")).click();
        browser.element(By.xpath("//*[contains(., '" + note + "')]"));
    }

    /** The text of page {@code path} once it shows {@code text}: the kiosk's outbox delivers the answer within seconds. */
    private String pageOnceItShows(String path, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(SYNC);
        while (true) {
            browser.open(path);
            String page = browser.driver.findElement(By.tagName("main")).getText();
            if (page.contains(text)) {
                return page;
            }
            assertThat(Instant.now()).as("%s shows %s within %s; last:%n%s", path, text, SYNC, page).isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    /** Watches the greeting for {@code watch}: the server's answer about the resident arrives well within it. */
    private void assertNotAskedFor(Duration watch) throws Exception {
        Instant end = Instant.now().plus(watch);
        while (Instant.now().isBefore(end)) {
            assertThat(KioskTerminal.title(kiosk.screen())).as("never asked twice").startsWith("您好，");
            Thread.sleep(200);
        }
    }

    private static String flat(String screen) {
        return screen.replaceAll("[┃\\s]", "");
    }

    private void adminLogIn() {
        if (adminPassword == null) {
            adminPassword = "journey-staff-" + demo.port();
            browser.firstLogIn("admin", demo.adminPassword(), adminPassword);
        } else {
            browser.logIn("admin", adminPassword);
        }
    }
}
