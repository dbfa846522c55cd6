package org.menkou.admin.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.settlement.SettlementTesting.CHEN;
import static org.menkou.admin.settlement.SettlementTesting.LI;
import static org.menkou.admin.settlement.SettlementTesting.WANG;
import static org.menkou.admin.settlement.SettlementTesting.ZONE;
import static org.menkou.admin.settlement.SettlementTesting.at;
import static org.menkou.admin.settlement.SettlementTesting.booking;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.Meal;
import org.menkou.content.Resident;
import org.menkou.content.protocol.BookingRequest;

/** The settlement arithmetic and the tier on the meal's day, on the server's real database. */
class SettlementCalculatorTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;
    private Jdbi jdbi;
    private ResidentHistory history;
    private SettlementCalculator calculator;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(LocalDate.of(2026, 12, 2), 9), ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        jdbi = f.admin.database().jdbi();
        history = new ResidentHistory(jdbi, clock);
        calculator = new SettlementCalculator(jdbi, f.store, history, ZONE);
    }

    @Test
    void servedMealsArePricedPerTierAndWalkInsPayTheFullPrice() {
        SettlementTesting.november(jdbi);
        Statement s = calculator.compute(SettlementTesting.CANTEEN, NOVEMBER);

        assertThat(s.totals()).isEqualTo(new Statement.Totals(5, 1, 1500, 4100, 3200));
        assertThat(s.totals().subsidyYuan()).isEqualTo("32.00");
        assertThat(s.tiers()).containsExactly(
                new Statement.TierLine("特困", "A套餐", 1500, 0, 1, 0, 1500),
                new Statement.TierLine("低保", "A套餐", 1500, 300, 1, 300, 1200),
                new Statement.TierLine("80岁以上", "A套餐", 1500, 1000, 1, 1000, 500),
                new Statement.TierLine("普通", "B套餐", 1300, 1300, 1, 1300, 0),
                new Statement.TierLine("散客", "A套餐", 1500, 1500, 1, 1500, 0));
        assertThat(s.unserved()).singleElement().satisfies(u -> {
            assertThat(u.date()).isEqualTo("2026-11-05");
            assertThat(u.resident()).isEqualTo("李*国");
            assertThat(u.priceFen()).isEqualTo(300);
        });
        assertThat(s.served()).extracting(Statement.ServedMeal::date).isSorted()
                .allMatch(d -> d.startsWith("2026-11-"));
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void aMealIsPricedByTheTierTheResidentHadOnItsDay() {
        LocalDate nov10 = LocalDate.of(2026, 11, 10);
        LocalDate nov20 = LocalDate.of(2026, 11, 20);
        MealTesting.lunch(f.store, nov20, 20);   // A: 15元, 低保 3元; no price for 普通, so 15元
        booking(jdbi, "b-li-10", nov10, "LUNCH", "A", LI, "DIBAO", 300, 1500, true);
        booking(jdbi, "b-li-20", nov20, "LUNCH", "A", LI, "DIBAO", 300, 1500, true);
        Resident li = f.store.residents().find(LI).orElseThrow();
        clock.set(at(LocalDate.of(2026, 11, 15), 10));
        Resident standard = new Resident(li.id(), li.name(), li.birthYear(), "STANDARD", li.homeStationId());
        history.saved(java.util.Optional.of(li), standard);
        f.store.residents().save(standard);

        Statement s = calculator.compute(SettlementTesting.CANTEEN, NOVEMBER);

        assertThat(s.served()).extracting(Statement.ServedMeal::tierName, Statement.ServedMeal::priceFen,
                        Statement.ServedMeal::subsidyFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("低保", 300, 1200),
                        org.assertj.core.groups.Tuple.tuple("普通", 1500, 0));
        assertThat(s.served().get(1).note()).contains("订餐时档次 低保", "当天档次 普通");
        assertThat(s.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.date()).isEqualTo("2026-11-15");
            assertThat(flag.change()).isEqualTo("补贴档次 低保 → 普通");
        });
    }

    @Test
    void aResidentDeletedDuringTheMonthIsSubsidisedUpToTheDayOfDeletionOnly() {
        LocalDate nov12 = LocalDate.of(2026, 11, 12);
        booking(jdbi, "b-wang-12", nov12, "LUNCH", "A", WANG, "TEKUN", 0, 1500, true);
        booking(jdbi, "b-wang-13", nov12.plusDays(1), "LUNCH", "A", WANG, "TEKUN", 0, 1500, true);
        clock.set(at(nov12, 15));
        history.deleted(f.store.residents().find(WANG).orElseThrow());
        f.store.residents().delete(WANG);

        Statement s = calculator.compute(SettlementTesting.CANTEEN, NOVEMBER);

        assertThat(s.served()).extracting(Statement.ServedMeal::tierName, Statement.ServedMeal::subsidyFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("特困", 1500),
                        org.assertj.core.groups.Tuple.tuple("散客", 0));
        assertThat(s.served().get(1).note()).contains("不是登记居民");
        assertThat(s.served()).extracting(Statement.ServedMeal::resident).containsOnly("已删除居民");
        assertThat(s.flags()).singleElement().satisfies(flag -> assertThat(flag.change()).contains("已删除", "特困"));
        assertThat(s.totals().subsidyFen()).isEqualTo(1500);
    }

    @Test
    void theDayStateFollowsTheRecordedChanges() {
        LocalDate d = LocalDate.of(2026, 11, 15);
        ResidentHistory.Change toStandard = new ResidentHistory.Change(CHEN, at(d, 10), "STANDARD", "s1", "DIBAO", "s1",
                false);
        ResidentHistory.Change deleted = new ResidentHistory.Change(CHEN, at(d.plusDays(5), 10), null, null,
                "STANDARD", "s1", true);
        List<ResidentHistory.Change> changes = List.of(toStandard, deleted);
        assertThat(ResidentHistory.on(changes, d.minusDays(1), ZONE)).isEqualTo(new ResidentHistory.DayState.Registered("DIBAO"));
        assertThat(ResidentHistory.on(changes, d, ZONE)).isEqualTo(new ResidentHistory.DayState.Registered("STANDARD"));
        assertThat(ResidentHistory.on(changes, d.plusDays(5), ZONE)).isEqualTo(new ResidentHistory.DayState.Registered("STANDARD"));
        assertThat(ResidentHistory.on(changes, d.plusDays(6), ZONE)).isEqualTo(new ResidentHistory.DayState.NotRegistered());
        assertThat(ResidentHistory.on(List.of(), d, ZONE)).isEqualTo(new ResidentHistory.DayState.Unknown());
        ResidentHistory.Change created = new ResidentHistory.Change(CHEN, at(d, 10), "DIBAO", "s1", null, null, false);
        assertThat(ResidentHistory.on(List.of(created), d.minusDays(1), ZONE)).isEqualTo(new ResidentHistory.DayState.Unknown());
    }

    @Test
    void anOldBookingWithoutItsFullPriceTakesTheMenusAndANewOneKeepsIt() {
        LocalDate nov20 = LocalDate.of(2026, 11, 20);
        MealTesting.lunch(f.store, nov20, 20);
        booking(jdbi, "b-old", nov20, "LUNCH", "B", CHEN, "STANDARD", 1300, null, true);
        booking(jdbi, "b-gone", nov20.plusDays(1), "LUNCH", "A", LI, "DIBAO", 300, null, true);
        Statement s = calculator.compute(SettlementTesting.CANTEEN, NOVEMBER);
        assertThat(s.served()).extracting(Statement.ServedMeal::baseFen, Statement.ServedMeal::subsidyFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1300, 0), org.assertj.core.groups.Tuple.tuple(300, 0));
        assertThat(s.served().get(1).note()).contains("原价不明");

        LocalDate tomorrow = LocalDate.of(2026, 12, 3);
        MealTesting.lunch(f.store, tomorrow, 20);
        f.admin.meals().bookByProxy(new BookingRequest("b-proxy-1", SettlementTesting.CANTEEN, tomorrow, Meal.LUNCH, "A",
                LI, null, false, "wt-station-1"), "vol");
        List<Integer> prices = jdbi.withHandle(h -> h.createQuery(
                        "SELECT base_price_fen, price_fen FROM meal_booking WHERE id = 'b-proxy-1'")
                .map((rs, ctx) -> List.of(rs.getInt(1), rs.getInt(2))).one());
        assertThat(prices).containsExactly(1500, 300);
    }
}
