package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journey: the admin settles last month's subsidy at the demo canteen in Chromium. Last month's bookings are written
 * into the demo's server database as the server stores bookings (neither a kiosk nor 代订 takes a meal in the past),
 * priced from the demo's seed files; staff mark a meal picked up on that day's sheet; the statement's totals equal
 * what this class computes from the seed's prices and tier rules; closing freezes it against a later change of a
 * resident's tier and a later pickup; an adjustment shows as its own line.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementJourney implements JourneyEvidence.Witness {
    private static final String CANTEEN = "wt-canteen";
    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final List<String> RESIDENTS = List.of("r-7k2m9q", "r-3f8x1w", "r-p4n6td", "r-h9c2vz");
    /** Days whose meals nobody marked picked up when the bookings were written. */
    private static final List<Integer> NOT_PICKED_UP = List.of(7, 14);
    private static final Duration PAGE = Duration.ofSeconds(10);

    private final YearMonth month = YearMonth.now(CENTRE).minusMonths(1);
    private final List<Booking> bookings = new ArrayList<>();
    private DemoRun demo;
    private StaffBrowser browser;
    private Totals closedTotals;

    /** A booking this journey wrote; {@code served} once picked up. */
    private record Booking(String id, LocalDate date, int number, String set, String resident, int priceFen,
                           int baseFen, boolean served) {
        Booking picked() {
            return new Booking(id, date, number, set, resident, priceFen, baseFen, true);
        }
    }

    /** The statement's totals as the page shows them (yuan text, as in the CSV). */
    private record Totals(String meals, String paid, String subsidy, String walkIns, String payable) {
    }

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
        demo = DemoRun.start();
        browser = demo.adminBrowser();
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void lastMonthsBookingsAreInTheServerDatabase() throws Exception {
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            int number = 0;
            for (int i = 0; i < RESIDENTS.size(); i++) {
                if ((day + i) % 2 == 0) {
                    String set = day % 3 == 0 ? "B" : "A";
                    String tier = Seed.tierOf(RESIDENTS.get(i));
                    bookings.add(new Booking("journey-" + date + "-" + (++number), date, number, set, RESIDENTS.get(i),
                            Seed.priceFen(set, tier), Seed.basePriceFen(set), !NOT_PICKED_UP.contains(day)));
                }
            }
            if (day % 5 == 0) {
                bookings.add(new Booking("journey-" + date + "-" + (++number), date, number, "A", null,
                        Seed.basePriceFen("A"), Seed.basePriceFen("A"), !NOT_PICKED_UP.contains(day)));
            }
        }
        write(bookings);
    }

    @Test
    @Order(2)
    void staffMarkAMealPickedUpOnItsDaysSheet() {
        LocalDate day = month.atDay(NOT_PICKED_UP.get(0));
        markFirstPickedUp(day);
        int first = bookings.indexOf(bookings.stream().filter(b -> b.date().equals(day) && b.number() == 1)
                .findFirst().orElseThrow());
        bookings.set(first, bookings.get(first).picked());
    }

    @Test
    @Order(3)
    void theStatementAddsUpToWhatTheSeedPricesGive() throws Exception {
        Totals expected = expected();
        browser.open("/settlement?canteen=" + CANTEEN + "&month=" + month);
        assertThat(browser.element(By.id("state")).getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(shown()).isEqualTo(expected);
        long unserved = bookings.stream().filter(b -> !b.served()).count();
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-unserved]"))).hasSize((int) unserved);
    }

    @Test
    @Order(4)
    void closingFreezesTheMonthAgainstLaterChanges() {
        browser.open("/settlement?canteen=" + CANTEEN + "&month=" + month);
        Totals before = shown();
        browser.element(By.id("close-month")).click();
        waitForState("CLOSED");
        assertThat(shown()).isEqualTo(before);
        closedTotals = before;

        browser.open("/residents/r-3f8x1w");
        browser.set("tierCode", "STANDARD");
        browser.element(By.id("publish")).click();
        new WebDriverWait(browser.driver, PAGE).until(d -> d.getCurrentUrl().contains("saved=r-3f8x1w"));
        markFirstPickedUp(month.atDay(NOT_PICKED_UP.get(1)));

        browser.open("/settlement?canteen=" + CANTEEN + "&month=" + month);
        assertThat(browser.element(By.id("state")).getAttribute("data-state")).isEqualTo("CLOSED");
        assertThat(shown()).as("a closed statement does not move").isEqualTo(closedTotals);
    }

    @Test
    @Order(5)
    void anAdjustmentIsItsOwnLineAndChangesWhatTheStreetPays() {
        browser.open("/settlement?canteen=" + CANTEEN + "&month=" + month);
        browser.set("amount", "-12.50");
        browser.set("reason", "演示：一份重复记账");
        browser.element(By.id("add-adjustment")).click();
        new WebDriverWait(browser.driver, PAGE)
                .until(d -> !d.findElements(By.cssSelector("[data-adjustment]")).isEmpty());
        assertThat(browser.element(By.cssSelector("[data-adjustment]")).getText()).isEqualTo("-12.50");
        assertThat(browser.driver.getPageSource()).contains("演示：一份重复记账");
        Totals now = shown();
        assertThat(now.subsidy()).isEqualTo(closedTotals.subsidy());
        assertThat(now.payable()).isEqualTo(new BigDecimal(closedTotals.subsidy()).subtract(new BigDecimal("12.50"))
                .toPlainString());
    }

    /** The totals from this journey's own bookings and the seed's prices: subsidy = full price − resident's price. */
    private Totals expected() {
        List<Booking> served = bookings.stream().filter(Booking::served).toList();
        long paid = served.stream().mapToLong(Booking::priceFen).sum();
        long subsidy = served.stream().mapToLong(b -> b.baseFen() - b.priceFen()).sum();
        long walkIns = served.stream().filter(b -> b.resident() == null).count();
        return new Totals(Integer.toString(served.size()), yuan(paid), yuan(subsidy), Long.toString(walkIns),
                yuan(subsidy));
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private Totals shown() {
        return new Totals(total("meals"), total("paid"), total("subsidy"), total("walk-ins"), total("payable"));
    }

    private String total(String name) {
        return browser.element(By.cssSelector("[data-total='" + name + "']")).getText();
    }

    private void waitForState(String state) {
        new WebDriverWait(browser.driver, PAGE).until(d -> d.findElements(By.id("state")).stream()
                .anyMatch(e -> state.equals(e.getAttribute("data-state"))));
    }

    /** Clicks 取了 on the first meal of {@code day}'s sheet not yet picked up, and waits for the sheet to show it. */
    private void markFirstPickedUp(LocalDate day) {
        browser.open("/meals/sheet?canteen=" + CANTEEN + "&date=" + day);
        By buttons = By.cssSelector("table.all button");
        int before = browser.driver.findElements(buttons).size();
        assertThat(before).as("meals of %s to mark", day).isPositive();
        browser.element(buttons).click();
        new WebDriverWait(browser.driver, PAGE).until(d -> d.getCurrentUrl().contains("/meals/sheet")
                && d.findElements(buttons).size() == before - 1);
    }

    /** Writes the bookings as the server stores confirmed ones, in one transaction. */
    private void write(List<Booking> rows) throws SQLException, IOException {
        String location = demo.serverDatabase();
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
        try (Connection c = DriverManager.getConnection(url)) {
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 10000");
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO meal_booking (id, canteen_id, date, meal, set_code, resident_id, tier_code, delivery,
                      station_id, status, number, price_fen, base_price_fen, created_at, picked_up_at)
                    VALUES (?, ?, ?, 'LUNCH', ?, ?, ?, 0, 'wt-station-1', 'CONFIRMED', ?, ?, ?, ?, ?)""")) {
                for (Booking b : rows) {
                    insert.setString(1, b.id());
                    insert.setString(2, CANTEEN);
                    insert.setString(3, b.date().toString());
                    insert.setString(4, b.set());
                    insert.setString(5, b.resident());
                    insert.setString(6, b.resident() == null ? null : Seed.tierOf(b.resident()));
                    insert.setInt(7, b.number());
                    insert.setInt(8, b.priceFen());
                    insert.setInt(9, b.baseFen());
                    insert.setString(10, b.date().minusDays(1).atTime(9, 0).atZone(CENTRE).toInstant().toString());
                    insert.setString(11, b.served() ? b.date().atTime(11, 30).atZone(CENTRE).toInstant().toString() : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }
}
