package org.menkou.kiosk.screen;

import org.menkou.voice.VoiceLanguage;

/**
 * Every fixed word the kiosk shows and says, in both of its languages side by side. Content (service items,
 * policies, menus, notices) comes from the store as advisors wrote it; this is the kiosk's own wording. Texts with
 * {@code %s}/{@code %d} are formatted with {@link #format}.
 */
public enum Ui {
    // Key help, hints and paging (every screen).
    HELP_DIGITS("按数字选择", "Press a number to choose"),
    HELP_PAGES("8上一页 9下一页", "8 previous page, 9 next page"),
    HELP_BACK("返回键回上一步", "Back key: go back"),
    HELP_HOME("0回首页", "0: home"),
    HELP_SEPARATOR("，", ", "),
    SENTENCE_END("。", ". "),
    CHOICE_SEPARATOR("，", ", "),
    PAGE_LABEL("第%d页，共%d页", "Page %d of %d"),
    HINT_KEY_UNUSABLE("这个键不能用。", "That key does nothing here. "),
    HINT_NO_SUCH_CHOICE("没有这个选项。", "There is no such choice. "),
    HINT_PRESS_RANGE("请按1到%d选择，或按返回键。", "Press 1 to %d, or Back."),
    HINT_PRESS_ONE("请按1选择，或按返回键。", "Press 1, or Back."),
    HINT_NO_CHOICES("按返回键回上一步，按0回首页。", "Press Back to go back, or 0 for home."),
    HINT_NOTHING_TO_CONFIRM("这一页没有可以确认的选项。按返回键回上一步。", "There is nothing to confirm here. Press Back to go back."),
    HINT_FIRST_PAGE("已经是第一页了。", "This is the first page."),
    HINT_LAST_PAGE("已经是最后一页了。", "This is the last page."),
    // Idle warning.
    IDLE_TITLE("还需要更多时间吗？", "Do you need more time?"),
    IDLE_TEXT("还需要更多时间吗？按确认继续。\n%d 秒后回到首页。", "Do you need more time? Press Confirm to go on.\nBack to the home screen in %d seconds."),
    // The voice when it cannot listen: said once and shown at the top right while the kiosk runs by keys.
    VOICE_MIC_FAILED("麦克风出故障了，请用按键操作。", "The microphone has stopped working. Please use the keys."),
    VOICE_ENGINE_FAILED("语音识别出错了，请用按键操作。", "Speech recognition has failed. Please use the keys."),
    VOICE_STATUS_MIC_FAILED("麦克风故障", "Mic fault"),
    VOICE_STATUS_ENGINE_FAILED("语音识别故障", "Speech fault"),
    VOICE_STATUS_NO_MODEL("无语音识别", "No speech input"),
    VOICE_STATUS_OFF("语音不可用", "No voice"),
    // Home.
    HOME_TITLE("首页", "Home"),
    HOME_TITLE_AT("%s 首页", "%s - Home"),
    HOME_GREETING("您好！请按数字键选择，或者直接说出您要办的事。", "Hello! Press a number, or say what you need."),
    HOME_ALREADY("这里已经是首页了。", "This is the home screen."),
    HOME_SERVICES("找服务", "Find services"),
    HOME_MEALS("订餐", "Meals"),
    HOME_POLICIES("政策", "Policies"),
    HOME_NOTICES("通知活动", "Notices"),
    HOME_SCAN("刷码", "Scan card"),
    HOME_EMERGENCY("紧急呼叫", "Emergency"),
    /** The language key on the home screen names the other language in that language. */
    HOME_OTHER_LANGUAGE("8 English", "8 中文"),
    // Content lists.
    SERVICES_INTRO("请选择服务类别：", "Choose a kind of service:"),
    SERVICES_EMPTY("现在还没有服务信息，请问工作人员。", "There is no service information yet; please ask the staff."),
    ITEMS_EMPTY("这一类暂时没有服务。", "There are no services of this kind yet."),
    POLICIES_INTRO("想了解哪项政策？", "Which policy would you like to know about?"),
    POLICIES_EMPTY("现在还没有政策信息，请问工作人员。", "There is no policy information yet; please ask the staff."),
    NOTICES_INTRO("最近的通知和活动：", "Current notices and activities:"),
    NOTICES_EMPTY("现在没有新的通知和活动。", "There are no new notices or activities."),
    NOTICE_KIND_NOTICE("通知", "Notice"),
    NOTICE_KIND_ACTIVITY("活动", "Activity"),
    NOTICE_DATES("%s，%s到%s。", "%s, %s to %s."),
    // Service item and policy details.
    ITEM_ELIGIBILITY("【谁可以用】", "[Who can use it] "),
    ITEM_FEES("【费用】", "[Cost] "),
    ITEM_PROVIDES("【服务内容】", "[What you get] "),
    ITEM_HOURS("【时间】", "[When] "),
    ITEM_PROVIDER("【谁来服务】", "[Who provides it] "),
    ITEM_HOW_TO_APPLY("【怎么申请】", "[How to apply] "),
    ITEM_LOCATION("【地点】", "[Where] "),
    ITEM_PHONE("【电话】", "[Phone] "),
    POLICY_BENEFITS("【能得到什么】", "[What you get] "),
    POLICY_DOCUMENTS("【要带的材料】", "[What to bring] "),
    POLICY_WHERE("【在哪里问】", "[Where to ask] "),
    LIST_SEPARATOR("、", ", "),
    CAN_I_APPLY("我能申请吗？", "Can I apply?"),
    // Self-check.
    SELF_CHECK_TITLE("%s 自测", "%s: self-check"),
    SELF_CHECK_QUESTION("第%d题，共%d题：", "Question %d of %d:"),
    ANSWER_YES("是", "Yes"),
    ANSWER_NO("不是", "No"),
    ANSWER_UNSURE("不知道", "Not sure"),
    RESULT_TITLE("自测结果：%s", "Result: %s"),
    VERDICT_CAN_APPLY("可以申请", "you can apply"),
    VERDICT_ASK_ADVISOR("可能可以，请问养老顾问", "maybe; please ask an elder-care advisor"),
    VERDICT_NOT_YET("暂时不符合", "not for now"),
    RESULT_CAN_APPLY("按您的回答，您可以申请%s。", "From your answers, you can apply for %s."),
    RESULT_ASK_ADVISOR("有的问题您还不确定。您可能可以申请%s，请问养老顾问。", "You were not sure about some questions. You may be able to apply for %s; please ask an elder-care advisor."),
    RESULT_NOT_YET("按您的回答，您暂时不符合%s的条件。情况有变化可以再来测。", "From your answers, you do not meet the conditions of %s for now. Check again if things change."),
    RESULT_OTHER_HELP("想了解别的帮助，请问养老顾问：", "For other help, ask an elder-care advisor: "),
    BACK_TO_HOME("回到首页", "Back to home"),
    // Dates.
    TODAY("今天", "Today"),
    TOMORROW("明天", "Tomorrow"),
    DAY_AFTER_TOMORROW("后天", "The day after tomorrow");

    private final String chinese;
    private final String english;

    Ui(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The text in {@code language}. */
    public String in(VoiceLanguage language) {
        return language.isChinese() ? chinese : english;
    }

    /** The text in {@code language} with its {@code %s}/{@code %d} filled in. */
    public String format(VoiceLanguage language, Object... args) {
        return String.format(in(language), args);
    }

    /** Both languages' words, e.g. as spoken phrases that work whichever language the kiosk is in. */
    public java.util.List<String> both() {
        return java.util.List.of(chinese, english);
    }
}
