package org.menkou.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
