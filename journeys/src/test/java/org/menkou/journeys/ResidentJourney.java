package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journey 2 (a resident at the demo's kiosk, by keys alone) and journey 4 (staff on the admin site in Chromium), on
 * one demo: the daily sheet at the end counts the bookings the resident and the walk-ins made. Steps run in order;
 * each starts from the kiosk's home screen.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentJourney implements JourneyEvidence.Witness {
    /** The kiosk's and the server's time zone (both default to it): what "明天" on the kiosk means. */
    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final String RESIDENT = "r-7k2m9q";
    /** The demo syncs every 30 s; what the site publishes reaches the kiosk within one period and a bit. */
    private static final Duration SYNC = Duration.ofSeconds(30);
    private static final Pattern BOOKING_NUMBER = Pattern.compile("订餐号是(\\d+)号");

    private DemoRun demo;
    private StaffBrowser browser;
    private KioskTerminal kiosk;
    private ResidentAtKiosk resident;
    private String adminPassword;
    /** Numbers of tomorrow's bookings that stay booked, by meal ("午餐"/"晚餐"). */
    private final List<String> lunchNumbers = new ArrayList<>();
    private final List<String> dinnerNumbers = new ArrayList<>();

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
        demo = DemoRun.start("--sync-seconds", "5"); // staff edits reach the kiosk within seconds, not the default 30 s
        kiosk = demo.kiosk;
        resident = new ResidentAtKiosk(kiosk);
        browser = demo.browser();
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void aServiceInEachOfTheEightCategories() throws Exception {
        resident.home();
        kiosk.press("1");
        String first = kiosk.waitForTitle("找服务");
        Map<String, String> page1 = KioskTerminal.choices(first);
        kiosk.press("9");
        String second = kiosk.waitFor("第2页");
        Map<String, String> page2 = KioskTerminal.choices(second);
        assertThat(page1.size() + page2.size()).as("categories on the two pages").isEqualTo(8);

        List<String[]> categories = new ArrayList<>();
        page1.forEach((digit, name) -> categories.add(new String[] {"", digit, name}));
        page2.forEach((digit, name) -> categories.add(new String[] {"9", digit, name}));
        for (String[] category : categories) {
            resident.home();
            kiosk.press("1");
            kiosk.waitFor("请选择服务类别");
            if (!category[0].isEmpty()) {
                kiosk.press(category[0]);
                kiosk.waitFor("第2页");
            }
            kiosk.press(category[1]);
            String items = kiosk.waitUntil("the category " + category[2], s -> KioskTerminal.title(s).equals(category[2]), Duration.ofSeconds(10));
            Map<String, String> services = KioskTerminal.choices(items);
            assertThat(services).as("services of %s", category[2]).isNotEmpty();
            String service = services.get("1");
            kiosk.press("1");
            String detail = kiosk.waitUntil("the detail of " + service, s -> KioskTerminal.title(s).equals(service), Duration.ofSeconds(10));
            assertThat(detail).as("detail of %s", service).contains("【");
        }
    }

    @Test
    @Order(2)
    void aPolicyAndItsSelfCheckToAVerdict() throws Exception {
        resident.home();
        kiosk.press("3");
        String policies = kiosk.waitForTitle("政策");
        String policy = KioskTerminal.choices(policies).get("1");
        kiosk.press("1");
        kiosk.waitUntil("the policy " + policy, s -> KioskTerminal.title(s).startsWith(policy), Duration.ofSeconds(10));
        kiosk.choose("我能申请吗？");
        kiosk.waitFor("第1题");
        Instant deadline = Instant.now().plusSeconds(30);
        String screen = kiosk.screen();
        while (!screen.contains("自测结果") && Instant.now().isBefore(deadline)) {
            String question = screen.lines().filter(l -> l.contains("题，共")).findFirst().orElse("");
            kiosk.choose("是");
            screen = kiosk.waitUntil("the next question or the verdict",
                    s -> s.contains("自测结果") || !s.lines().filter(l -> l.contains("题，共")).findFirst().orElse("").equals(question),
                    Duration.ofSeconds(10));
        }
        assertThat(screen).contains("自测结果");
        assertThat(KioskTerminal.title(screen)).matches("自测结果：.+");
    }

    @Test
    @Order(3)
    void aNotice() throws Exception {
        resident.home();
        kiosk.press("4");
        String list = kiosk.waitForTitle("通知活动");
        String notice = KioskTerminal.choices(list).get("1");
        assertThat(notice).as("a current notice at the demo's station").isNotNull();
        kiosk.press("1");
        kiosk.waitUntil("the notice " + notice, s -> KioskTerminal.title(s).equals(notice), Duration.ofSeconds(10));
    }

    @Test
    @Order(4)
    void aCardPrintedByTheServerBooksTomorrowsLunchAtTheResidentsTierPriceAndCancelsIt() throws Exception {
        Path card = demo.directory.resolve("card.png");
        String issued = demo.menkou(Duration.ofSeconds(120), "card", "issue", "--data", demo.data().toString(),
                "--resident", RESIDENT, "--out", card.toString());
        assertThat(issued).contains("issued card");
        String cardPayload = Checkout.run(demo.directory, Duration.ofSeconds(30), List.of("zbarimg", "-q", "--raw", card.toString()))
                .lines().filter(l -> l.startsWith("MK1:")).findFirst().orElse("");
        assertThat(cardPayload).startsWith("MK1:");
        resident.holds(cardPayload);
        String tier = Seed.tierOf(RESIDENT);
        String price = Seed.priceYuan("A", tier);

        String greeting = resident.scanCard();
        assertThat(greeting).contains("张*英").contains(Seed.tierName(tier)).doesNotContain("张桂英");

        kiosk.choose("订餐");
        resident.chooseIfOffered("订餐");
        kiosk.choose("明天");
        kiosk.choose("午餐");
        String sets = kiosk.waitFor("A套餐：");
        assertThat(sets).as("the set menus at the resident's tier (%s) price", tier).contains("您付" + price + "元");
        kiosk.choose("A套餐");
        kiosk.choose("送餐");
        String readBack = kiosk.waitFor("确认吗");
        assertThat(readBack.replaceAll("[┃\\s]", "")).contains("明天午餐，A套餐，送餐，" + price + "元");
        kiosk.press("Enter");
        String result = kiosk.waitFor("订餐号是");
        Matcher number = BOOKING_NUMBER.matcher(result.replaceAll("[┃\\s]", ""));
        assertThat(number.find()).isTrue();
        String booked = number.group(1);

        kiosk.choose("我的订餐");
        String mine = kiosk.waitFor("已确认" + booked + "号");
        String line = KioskTerminal.choices(mine).entrySet().stream().filter(e -> e.getValue().contains("已确认" + booked + "号"))
                .findFirst().orElseThrow().getKey();
        kiosk.press(line);
        kiosk.choose("取消这份订餐");
        kiosk.choose("确认取消");
        kiosk.waitUntil("the cancellation", s -> s.contains("已经取消了") || s.contains("已取消"), Duration.ofSeconds(10));
    }

    @Test
    @Order(5)
    void aBookingByPhoneOnTheAdminSiteIsListedInTheResidentsBookings() throws Exception {
        adminLogIn();
        browser.open("/meals/proxy");
        String tomorrow = LocalDate.now(CENTRE).plusDays(1).toString();
        browser.set("residentId", RESIDENT);
        browser.set("date", tomorrow);
        browser.set("meal", "LUNCH");
        browser.set("setCode", "B");
        browser.element(By.id("book")).click();
        String outcome = browser.element(By.id("outcome")).getText();
        Matcher m = Pattern.compile("编号\\s*(\\d+)").matcher(outcome);
        assertThat(m.find()).as("the booking by phone was confirmed: %s", outcome).isTrue();
        String number = m.group(1);
        lunchNumbers.add(number);

        Instant deadline = Instant.now().plus(SYNC);
        while (true) {
            resident.home();
            resident.scanCard();
            kiosk.choose("我的订餐");
            String mine = kiosk.waitForTitle("我的订餐");
            if (mine.contains("已确认" + number + "号")) {
                assertThat(mine).as("the booking by phone is set B").containsPattern("B(套餐)? 已确认" + number + "号");
                return;
            }
            assertThat(Instant.now()).as("the booking by phone (%s) reaches the resident's 我的订餐 within %s; last screen:%n%s",
                    number, SYNC, mine).isBefore(deadline);
            Thread.sleep(3000);
        }
    }

    @Test
    @Order(6)
    void aWalkInBooksOnline() throws Exception {
        String number = walkInBooksTomorrowsDinner();
        assertThat(number).as("a walk-in online gets a booking number").isNotNull();
        dinnerNumbers.add(number);
    }

    @Test
    @Order(7)
    void aWalkInBooksOfflineAndGetsANumberOrAClearAnswer() throws Exception {
        long admin = demo.adminPid();
        Checkout.signal(admin, "STOP");
        try {
            resident.home();
            startWalkInBooking();
            kiosk.press("Enter");
            String result = kiosk.waitUntil("an answer to the booking", s -> s.contains("订餐号是") || s.contains("窗口")
                    || s.contains("待确认") || s.contains("没有订上"), Duration.ofSeconds(15));
            String text = result.replaceAll("[┃\\s]", "");
            assertThat(text).as("a walk-in has no card to scan").doesNotContain("下次刷卡");
            assertThat(text).as("a number, or where to get one").containsPattern("订餐号是\\d+号|窗口");
        } finally {
            Checkout.signal(admin, "CONT");
        }
    }

    @Test
    @Order(8)
    void aVolunteerEditsTheirCanteensMenuAndTheKioskShowsIt() throws Exception {
        String password = newVolunteer("canteenvol", "wt-canteen");
        browser.firstLogIn("canteenvol", password, "canteen-volunteer-2026");
        String tomorrow = LocalDate.now(CENTRE).plusDays(1).toString();
        browser.open("/menus/wt-canteen." + tomorrow + ".LUNCH");
        WebElement dishes = browser.element(By.id("set1.dishes"));
        dishes.clear();
        dishes.sendKeys("旅程红烧肉\n清炒时蔬\n紫菜汤");
        browser.element(By.id("publish")).click();
        browser.element(By.cssSelector("p.ok"));

        Instant deadline = Instant.now().plus(SYNC);
        while (true) {
            resident.home();
            kiosk.press("2");
            resident.chooseIfOffered("订餐");
            kiosk.choose("明天");
            kiosk.choose("午餐");
            String sets = kiosk.waitFor("A套餐：");
            if (sets.contains("旅程红烧肉")) {
                return;
            }
            assertThat(Instant.now()).as("the edited menu reaches the kiosk within %s; last screen:%n%s", SYNC, sets).isBefore(deadline);
            Thread.sleep(3000);
        }
    }

    @Test
    @Order(9)
    void aVolunteerPublishesANoticeForTheirStationAndTheKioskShowsIt() throws Exception {
        String password = newVolunteer("stationvol", "wt-station-1");
        browser.firstLogIn("stationvol", password, "station-volunteer-2026");
        browser.open("/notices/new");
        browser.element(By.id("id")).sendKeys("journey-tea");
        browser.element(By.id("title")).sendKeys("旅程茶话会");
        browser.element(By.id("body")).sendKeys("周三下午两点在站里喝茶聊天，欢迎大家来。");
        browser.set("stationId", "wt-station-1");
        browser.set("startDate", LocalDate.now(CENTRE).toString());
        browser.set("endDate", LocalDate.now(CENTRE).plusDays(7).toString());
        browser.element(By.id("publish")).click();
        browser.element(By.cssSelector("p.ok"));

        Instant deadline = Instant.now().plus(SYNC);
        while (true) {
            resident.home();
            kiosk.press("4");
            String list = kiosk.waitForTitle("通知活动");
            if (list.contains("旅程茶话会")) {
                kiosk.choose("旅程茶话会");
                kiosk.waitFor("喝茶聊天");
                return;
            }
            assertThat(Instant.now()).as("the notice reaches the kiosk within %s; last screen:%n%s", SYNC, list).isBefore(deadline);
            Thread.sleep(3000);
        }
    }

    @Test
    @Order(10)
    void theDailySheetCountsTheBookingsOfTheDay() throws Exception {
        adminLogIn();
        String tomorrow = LocalDate.now(CENTRE).plusDays(1).toString();
        browser.open("/meals/sheet?canteen=wt-canteen&date=" + tomorrow);
        String lunch = browser.element(By.cssSelector(".total[data-meal='LUNCH']")).getText();
        String dinner = browser.element(By.cssSelector(".total[data-meal='DINNER']")).getText();
        assertThat(Integer.parseInt(lunch)).as("tomorrow's lunches: booked by phone %s", lunchNumbers).isEqualTo(lunchNumbers.size());
        String all = browser.driver.findElement(By.tagName("main")).getText();
        for (String n : lunchNumbers) {
            assertThat(all).contains(n);
        }
        assertThat(Integer.parseInt(dinner)).as("tomorrow's dinners: walk-ins %s (and the offline one once settled)", dinnerNumbers)
                .isGreaterThanOrEqualTo(dinnerNumbers.size());
    }

    @Test
    @Order(11)
    void theAlarmBoardOnAPhoneShowsTheAlarmAndItsButtonsWithoutScrollingSideways() throws Exception {
        resident.home();
        kiosk.press("F12");
        kiosk.waitFor("紧急呼叫 ！！");
        adminLogIn();
        browser.resize(375, 812);
        browser.open("/alarms");
        // The board redraws its rows when anything changes: look at the row again if it was replaced meanwhile.
        Boolean buttonsShown = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    List<WebElement> buttons = d.findElements(By.cssSelector("tr[data-alarm][data-state='OPEN'] button"));
                    return !buttons.isEmpty() && buttons.stream().allMatch(WebElement::isDisplayed);
                });
        assertThat(buttonsShown).as("the open alarm's buttons are shown").isTrue();
        Object fits = browser.driver.executeScript("return document.scrollingElement.scrollWidth <= window.innerWidth;");
        Object widths = browser.driver.executeScript("return document.scrollingElement.scrollWidth + ' > ' + window.innerWidth;");
        assertThat(fits).as("no horizontal scrolling at 375×812 (%s)", widths).isEqualTo(Boolean.TRUE);
        browser.resize(1280, 900);
    }

    // --- steps a person repeats ---

    /** 2 订餐 → 订餐 → 明天 → 晚餐 → A套餐 (堂吃 when asked) → the read-back, as a walk-in. */
    private void startWalkInBooking() throws Exception {
        kiosk.press("2");
        resident.chooseIfOffered("订餐");
        kiosk.choose("明天");
        kiosk.choose("晚餐");
        String sets = kiosk.waitFor("A套餐：");
        assertThat(sets.replaceAll("[┃\\s]", "")).as("a walk-in pays the full price").contains("您付" + Seed.priceYuan("A", "STANDARD") + "元");
        kiosk.choose("A套餐");
        String next = kiosk.waitUntil("the read-back or 堂吃/送餐", s -> s.contains("确认吗") || s.contains("堂吃"), Duration.ofSeconds(10));
        if (!next.contains("确认吗")) {
            kiosk.choose("堂吃");
            kiosk.waitFor("确认吗");
        }
    }

    private String walkInBooksTomorrowsDinner() throws Exception {
        resident.home();
        startWalkInBooking();
        kiosk.press("Enter");
        String result = kiosk.waitUntil("an answer", s -> s.contains("订餐号是") || s.contains("没有订上") || s.contains("待确认"),
                Duration.ofSeconds(15));
        Matcher m = BOOKING_NUMBER.matcher(result.replaceAll("[┃\\s]", ""));
        assertThat(m.find()).as("a booking number on:%n%s", result).isTrue();
        return m.group(1);
    }

    /** Logs in as admin; the first time with the printed password and the forced change. */
    private void adminLogIn() {
        if (adminPassword == null) {
            adminPassword = "journey-staff-" + demo.port();
            browser.firstLogIn("admin", demo.adminPassword(), adminPassword);
        } else {
            browser.logIn("admin", adminPassword);
        }
    }

    /** The admin creates a volunteer for {@code station}; returns the one-time password the site shows. */
    private String newVolunteer(String username, String station) {
        adminLogIn();
        browser.open("/users");
        browser.element(By.id("username")).sendKeys(username);
        browser.element(By.id("displayName")).sendKeys("旅程志愿者");
        browser.set("role", "VOLUNTEER");
        browser.set("stationId", station);
        browser.element(By.cssSelector("form[action='/users/new'] button[type='submit']")).click();
        return browser.element(By.id("secret")).getText().strip();
    }

}
