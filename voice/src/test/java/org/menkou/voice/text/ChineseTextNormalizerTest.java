package org.menkou.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTextNormalizerTest {
    private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "午餐11:30开始|午餐十一点三十分开始",
            "早上8:05出发|早上八点零五分出发",
            "12:00关门|十二点整关门",
            "2:15到|两点十五分到",
            "每份12元|每份十二元",
            "每份3.5元|每份三点五元",
            "¥20|二十元",
            "2024年3月5日|二零二四年三月五日",
            "2024-03-05开放|二零二四年三月五日开放",
            "1998年出生|一九九八年出生",
            "打折50%|打折百分之五十",
            "增长3.5%|增长百分之三点五",
            "电话13812345678|电话幺三八幺二三四五六七八",
            "拨打021-62345678|拨打零二幺六二三四五六七八",
            "共1005人|共一千零五人",
            "10个|十个",
            "2个名额|两个名额",
            "第110号|第一百一十号",
            "20000册|二万册",
            "100001次|十万零一次",
            "12345|一万二千三百四十五",
            "0|零",
            "没有数字|没有数字",
    })
    void readsNumbersTheWayPeopleSayThem(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }
}
