package org.menkou.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {
    @Test
    void countsWithZerosInTheMiddleAndLargeSections() {
        assertThat(ChineseNumbers.count(1005)).isEqualTo("一千零五");
        assertThat(ChineseNumbers.count(1050)).isEqualTo("一千零五十");
        assertThat(ChineseNumbers.count(15)).isEqualTo("十五");
        assertThat(ChineseNumbers.count(100_000_000)).isEqualTo("一亿");
        assertThat(ChineseNumbers.count(10_005_000)).isEqualTo("一千万五千");
        assertThat(ChineseNumbers.count(10_000_500)).isEqualTo("一千万零五百");
        assertThat(ChineseNumbers.count(1_0001_0000L)).isEqualTo("一亿零一万");
        assertThat(ChineseNumbers.count(-3)).isEqualTo("负三");
    }

    @Test
    void decimalsAndDigitStrings() {
        assertThat(ChineseNumbers.decimal("0.75")).isEqualTo("零点七五");
        assertThat(ChineseNumbers.digits("2024", false)).isEqualTo("二零二四");
        assertThat(ChineseNumbers.digits("110", true)).isEqualTo("幺幺零");
    }
}
