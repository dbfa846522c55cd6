package org.menkou.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainValidationTest {
    static SetMenu setA() {
        return new SetMenu("A", "A套餐", List.of("红烧鱼", "青菜"), Price.ofYuan("15"),
                Map.of("DIBAO", Price.ofYuan("3"), "TEKUN", Price.ofYuan("0")));
    }

    @Test
    void stationNeedsANameAndARealPhoneNumber() {
        assertThatThrownBy(() -> new Station("s-1", StationKind.STATION, " ", "梧桐路1号", "每天", "021-5555 0101", null))
                .isInstanceOf(InvalidContentException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new Station("s-1", StationKind.STATION, "一站", "梧桐路1号", "每天", "call me", null))
                .isInstanceOf(InvalidContentException.class).extracting("field").isEqualTo("phone");
        assertThatThrownBy(() -> new Station("s-1", StationKind.STATION, "一站", "路", "每天", "021-5555 0101", "s-1"))
                .hasMessageContaining("parentId");
    }

    @Test
    void escapeSequencesAreStrippedOnTheWayIn() {
        Station s = new Station("s-1", StationKind.STATION, "\u001B[5m梧桐\u001B[0m站", "梧桐路\u00071号", "每天",
                "021-5555 0101", null);
        assertThat(s.name()).isEqualTo("梧桐站");
        assertThat(s.address()).isEqualTo("梧桐路1号");
    }

    @Test
    void menuRejectsNegativeQuotaAndACutoffAfterTheMealStarts() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThatThrownBy(() -> new CanteenMenu("c-1", day, Meal.LUNCH, LocalTime.of(10, 0), LocalTime.of(11, 0), -1,
                List.of(setA()))).isInstanceOf(InvalidContentException.class).extracting("field").isEqualTo("quota");
        assertThatThrownBy(() -> new CanteenMenu("c-1", day, Meal.LUNCH, LocalTime.of(11, 30), LocalTime.of(11, 0), 10,
                List.of(setA()))).isInstanceOf(InvalidContentException.class).extracting("field").isEqualTo("cutoff");
        assertThatThrownBy(() -> new CanteenMenu("c-1", day, Meal.LUNCH, LocalTime.of(10, 0), LocalTime.of(11, 0), 10,
                List.of(setA(), setA()))).hasMessageContaining("重复");
        CanteenMenu ok = new CanteenMenu("c-1", day, Meal.LUNCH, LocalTime.of(11, 0), LocalTime.of(11, 0), 0, List.of(setA()));
        assertThat(ok.id()).isEqualTo("c-1/2026-11-23/LUNCH");
    }

    @Test
    void setMenuPricesByTierFallBackToTheBasePriceAndCannotExceedIt() {
        SetMenu a = setA();
        assertThat(a.priceFor("DIBAO").toYuanText()).isEqualTo("3元");
        assertThat(a.priceFor("STANDARD").toYuanText()).isEqualTo("15元");
        assertThat(a.priceFor(null)).isEqualTo(Price.ofYuan("15.00"));
        assertThatThrownBy(() -> new SetMenu("A", "A套餐", List.of("鱼"), Price.ofYuan("5"), Map.of("DIBAO", Price.ofYuan("6"))))
                .hasMessageContaining("prices.DIBAO");
        assertThatThrownBy(() -> new SetMenu("AA", "A套餐", List.of("鱼"), Price.ofYuan("5"), Map.of()))
                .extracting("field").isEqualTo("code");
    }

    @Test
    void pricesParseYuanAndPrintTheWayPeopleSayThem() {
        assertThat(Price.ofYuan("3.5").fen()).isEqualTo(350);
        assertThat(Price.ofYuan("3.50").toYuanText()).isEqualTo("3.5元");
        assertThat(Price.ofYuan("0.00").toYuanText()).isEqualTo("0元");
        for (String bad : new String[] {"-1", "abc", "1.005", ""}) {
            assertThatThrownBy(() -> Price.ofYuan(bad)).isInstanceOf(InvalidContentException.class);
        }
    }

    @Test
    void noticeEndsOnOrAfterItsStartAndKnowsWhenItIsCurrent() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThatThrownBy(() -> new Notice("n-1", NoticeKind.NOTICE, "停水", "周二停水", null, day, day.minusDays(1)))
                .extracting("field").isEqualTo("endDate");
        Notice n = new Notice("n-1", NoticeKind.NOTICE, "停水", "周二停水", null, day, day.plusDays(2));
        assertThat(n.isCurrentOn(day)).isTrue();
        assertThat(n.isCurrentOn(day.plusDays(2))).isTrue();
        assertThat(n.isCurrentOn(day.plusDays(3))).isFalse();
        assertThat(n.isCurrentOn(day.minusDays(1))).isFalse();
    }

    @Test
    void residentIdsAreOpaqueAndNamesAreMasked() {
        assertThatThrownBy(() -> new Resident("110101194001011234", "张桂英", 1940, "DIBAO", "s-1"))
                .extracting("field").isEqualTo("id");
        assertThatThrownBy(() -> new Resident("r-1", "张桂英", 1850, "DIBAO", "s-1")).extracting("field").isEqualTo("birthYear");
        assertThatThrownBy(() -> new Resident("r-1", "张桂英", 1940, "dibao", "s-1")).extracting("field").isEqualTo("tierCode");
        assertThat(new Resident("r-1", "张桂英", 1940, "DIBAO", "s-1").maskedName()).isEqualTo("张*英");
        assertThat(Resident.maskName("李明")).isEqualTo("李*");
        assertThat(Resident.maskName("欧阳建国")).isEqualTo("欧**国");
        assertThat(Resident.maskName("王")).isEqualTo("王");
    }

    @Test
    void policyNeedsQuestionsAndValidCriteria() {
        EligibilityCriteria criteria = new EligibilityCriteria(60, Residence.HUKOU, Set.of(EconomicStatus.DIBAO), 2, false);
        assertThatThrownBy(() -> new Policy("p-1", "长护险", "说明", criteria, List.of(), "好处", "申请", List.of("身份证"), "问谁", 1))
                .extracting("field").isEqualTo("questions");
        assertThatThrownBy(() -> new EligibilityCriteria(60, Residence.ANY, Set.of(), 7, false)).extracting("field").isEqualTo("minCareLevel");
        assertThatThrownBy(() -> new EligibilityCriteria(-1, Residence.ANY, Set.of(), null, false)).extracting("field").isEqualTo("minAge");
        assertThatThrownBy(() -> new Policy("p-1", "长护险", "说明", criteria, List.of(new EligibilityQuestion("满60岁吗？", true)),
                "好处", "申请", List.of(), "问谁", 1)).extracting("field").isEqualTo("documents");
    }
}
