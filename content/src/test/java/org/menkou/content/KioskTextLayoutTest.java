package org.menkou.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KioskTextLayoutTest {
    @Test
    void chineseTakesTwoColumnsPerCharacter() {
        assertThat(KioskTextLayout.columns("助餐")).isEqualTo(4);
        assertThat(KioskTextLayout.columns("A套餐 3元")).isEqualTo(1 + 4 + 1 + 1 + 2);
        assertThat(KioskTextLayout.wrap("一二三四五六七八九十", 8)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void noLineIsWiderThanTheWidth() {
        String text = "每天中午11点到12点半开饭，凭居民服务卡就餐；电话021-5555 0102，地址梧桐路3号。Open daily.";
        for (int width = 4; width <= 40; width++) {
            for (String line : KioskTextLayout.wrap(text, width)) {
                assertThat(KioskTextLayout.columns(line)).as("width %d: %s", width, line).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void numbersAndWordsStayWholeAndPunctuationStaysWithItsText() {
        List<String> lines = KioskTextLayout.wrap("请拨打电话021-55550102找我们。", 12);
        assertThat(String.join("|", lines)).contains("021-55550102");
        assertThat(lines).noneMatch(l -> l.startsWith("。") || l.startsWith("，"));
        assertThat(KioskTextLayout.wrap("好好好好好，好", 10)).containsExactly("好好好好", "好，好");
    }

    @Test
    void paragraphsStartNewLinesAndAnOverlongWordIsBrokenRatherThanHidden() {
        assertThat(KioskTextLayout.wrap("第一段\n第二段", 20)).containsExactly("第一段", "第二段");
        List<String> lines = KioskTextLayout.wrap("x".repeat(25), 10);
        assertThat(lines).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
        assertThat(String.join("", KioskTextLayout.wrap("长" + "y".repeat(30) + "字", 8))).isEqualTo("长" + "y".repeat(30) + "字");
    }

    /** Each token stays on one line wherever the text around it puts it, at every kiosk width it fits in. */
    @ParameterizedTest
    @ValueSource(strings = {"021-5555 0100", "021 5555 0100", "400-820-8820", "+86 21 5555 0100", "12.5元", "¥12",
            "￥ 8.5", "3 元", "12.5元/餐", "12月3日", "2026年12月3日", "12月", "11:30", "11：30", "11点30分", "9点半",
            "60岁", "2026年"})
    void phoneNumbersPricesDatesAndTimesNeverBreakAcrossLines(String token) {
        for (String after : List.of("。", "，再见。", "", " ok.", "）")) {
            for (int prefix = 0; prefix <= 20; prefix++) {
                String text = "好".repeat(prefix) + "请看" + token + after;
                for (int width = 16; width <= 32; width++) {
                    List<String> lines = KioskTextLayout.wrap(text, width);
                    assertThat(String.join("\n", lines)).as("%s at width %d", text, width).contains(token);
                    int w = width;
                    assertThat(lines).allMatch(l -> KioskTextLayout.columns(l) <= w);
                }
            }
        }
    }

    @Test
    void closingPunctuationAfterANumberTakesTheWholeNumberToTheNextLine() {
        List<String> lines = KioskTextLayout.wrap("好好好好好好好电话021-5555 0100。", 32);
        assertThat(lines).containsExactly("好好好好好好好电话", "021-5555 0100。");
    }
}
