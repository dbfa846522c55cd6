package org.menkou.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void stripsCsiOscAndTwoByteEscapesAndControlCharacters() {
        assertThat(Text.clean("\u001B[2J\u001B[31m助餐\u001B[0m服务")).isEqualTo("助餐服务");
        assertThat(Text.clean("标题\u001B]0;pwned\u0007正文")).isEqualTo("标题正文");
        assertThat(Text.clean("a\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\b")).isEqualTo("alinkb");
        assertThat(Text.clean("重置\u001Bc终端\u001B(B")).isEqualTo("重置终端");
        assertThat(Text.clean("响铃\u0007退格\b\u0000空\u009B31m")).isEqualTo("响铃退格空");
        assertThat(Text.clean("方向\u202E反转")).isEqualTo("方向反转");
    }

    @Test
    void keepsLineFeedsAndTurnsTabsAndCarriageReturnsIntoSpacesAndLineFeeds() {
        assertThat(Text.clean("第一行\r\n第二行\r第三行\t完")).isEqualTo("第一行\n第二行\n第三行 完");
    }

    @Test
    void stripsBidiMarksAndZeroWidthCharactersIncludingTheByteOrderMark() {
        assertThat(Text.clean("\uFEFF助餐\u200E服务\u200F电话\u061C")).isEqualTo("助餐服务电话");
        assertThat(Text.clean("零\u200B宽\u200C字\u200D符\u2060完")).isEqualTo("零宽字符完");
        assertThat(Text.sanitize(" \u200B12.5\uFEFF元 ")).isEqualTo(" 12.5元 ");
    }

    @Test
    void lineAndParagraphSeparatorsBecomeLineFeeds() {
        assertThat(Text.clean("第一行\u2028第二行\u2029第三段")).isEqualTo("第一行\n第二行\n第三段");
        assertThatThrownBy(() -> Text.requiredLine("title", "标题\u2028换行", 20))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("title");
    }

    @Test
    void aTextThatIsOnlyInvisibleCharactersIsBlank() {
        assertThatThrownBy(() -> Text.required("title", "\uFEFF\u200B\u200E", 20))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("不能为空");
    }

    @Test
    void requiredRejectsBlankAndTooLongWithTheFieldName() {
        assertThatThrownBy(() -> Text.required("name", "  \u001B[0m ", 10))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("name")
                .hasMessageContaining("不能为空");
        assertThatThrownBy(() -> Text.required("title", "长".repeat(11), 10))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("最多 10 个字");
        assertThat(Text.required("title", "长".repeat(10), 10)).hasSize(10);
    }

    @Test
    void requiredLineRejectsLineBreaks() {
        assertThatThrownBy(() -> Text.requiredLine("name", "两\n行", 10)).hasMessageContaining("一行");
    }

    @Test
    void slugsAreLowercaseAsciiOnly() {
        assertThat(Text.slug("id", "wt-centre")).isEqualTo("wt-centre");
        for (String bad : new String[] {"", "a", "Upper", "中文", "-lead", "has space", "x".repeat(41), null}) {
            assertThatThrownBy(() -> Text.slug("id", bad)).isInstanceOf(InvalidContentException.class);
        }
    }
}
