package org.menkou.voice;

import java.util.List;

/**
 * Commands understood on every screen, in both languages. The kiosk maps them to keys: the digits to the digit keys,
 * the ordinals (第一个…第六个) to the choices on the screen.
 */
public enum GlobalCommand {
    BACK(List.of("返回"), List.of("back")),
    HOME(List.of("首页", "返回首页"), List.of("home")),
    CONFIRM(List.of("确认"), List.of("confirm")),
    CANCEL(List.of("取消"), List.of("cancel")),
    REPEAT(List.of("重复", "再说一遍"), List.of("repeat", "say again")),
    LOUDER(List.of("大声一点"), List.of("louder")),
    SLOWER(List.of("慢一点"), List.of("slower")),
    EMERGENCY(List.of("紧急呼叫", "救命"), List.of("emergency", "help me")),
    DIGIT_1(1, List.of("一"), List.of("one")),
    DIGIT_2(2, List.of("二"), List.of("two")),
    DIGIT_3(3, List.of("三"), List.of("three")),
    DIGIT_4(4, List.of("四"), List.of("four")),
    DIGIT_5(5, List.of("五"), List.of("five")),
    DIGIT_6(6, List.of("六"), List.of("six")),
    DIGIT_7(7, List.of("七"), List.of("seven")),
    DIGIT_8(8, List.of("八"), List.of("eight")),
    DIGIT_9(9, List.of("九"), List.of("nine")),
    CHOICE_1(1, List.of("第一个"), List.of("first")),
    CHOICE_2(2, List.of("第二个"), List.of("second")),
    CHOICE_3(3, List.of("第三个"), List.of("third")),
    CHOICE_4(4, List.of("第四个"), List.of("fourth")),
    CHOICE_5(5, List.of("第五个"), List.of("fifth")),
    CHOICE_6(6, List.of("第六个"), List.of("sixth"));

    private final int number;
    private final List<String> chinese;
    private final List<String> english;

    GlobalCommand(List<String> chinese, List<String> english) {
        this(0, chinese, english);
    }

    GlobalCommand(int number, List<String> chinese, List<String> english) {
        this.number = number;
        this.chinese = chinese;
        this.english = english;
    }

    /** The phrases that say this command in {@code language}; the first is the one the kiosk speaks. */
    public List<String> phrases(VoiceLanguage language) {
        return language.isChinese() ? chinese : english;
    }

    /** 1-9 for DIGIT_n and CHOICE_n, 0 otherwise. */
    public int number() {
        return number;
    }

    /** Whether this command must be honoured even while the kiosk is speaking (barge-in). */
    public boolean bargesIn() {
        return this == EMERGENCY;
    }
}
