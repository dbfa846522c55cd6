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
    IDLE_HELP("按确认或任意键继续", "Confirm or any key: go on"),
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
    // The emergency call (titles by state, the page's sentences, its key help and hints).
    ALARM_TITLE_CALLING("正在呼叫工作人员", "Calling the staff"),
    ALARM_TITLE_SENT("呼叫已发出", "Call sent"),
    ALARM_TITLE_ACKNOWLEDGED("工作人员已收到，正在赶来", "Staff are on their way"),
    ALARM_TITLE_RESOLVED("呼叫已处理", "Call handled"),
    ALARM_TITLE_ENDED("呼叫已结束", "Call ended"),
    ALARM_TITLE_PHONE("请打电话求助", "Please phone for help"),
    ALARM_BANNER("！！ 紧急呼叫 ！！", "!! EMERGENCY CALL !!"),
    ALARM_CALLING("正在呼叫工作人员，请不要走开。", "Calling the staff. Please stay here."),
    ALARM_SENT("呼叫已发出，正在等工作人员回应。请留在这里。", "The call has been sent; waiting for the staff to answer. Please stay here."),
    ALARM_ACKNOWLEDGED("工作人员已收到，正在赶来。请留在这里。", "The staff have your call and are on their way. Please stay here."),
    ALARM_RESOLVED("工作人员已处理这次呼叫。", "The staff have handled this call."),
    ALARM_ENDED("这次呼叫已结束。", "This call has ended."),
    ALARM_ESCALATED("已通知更多工作人员。", "More staff have been told."),
    ALARM_UNREACHABLE("暂时联系不上服务中心，机器会一直重试。请大声叫身边的人帮忙。", "The service centre cannot be reached yet; the kiosk keeps trying. Call out to people nearby for help."),
    ALARM_STANDALONE("这台机器没有连到服务中心，不能通知工作人员。请大声叫身边的人帮忙，或者打电话。", "This kiosk is not connected to the service centre and cannot alert the staff. Call out to people nearby, or phone."),
    ALARM_STATION_PHONE("站点电话 %s。", "Station phone: %s."),
    ALARM_EMERGENCY_NUMBERS("有生命危险请马上打 120 急救，遇到危险打 110 报警。", "If a life is in danger, phone 120 for an ambulance now; in danger, phone 110 for the police."),
    ALARM_MISTAKE_WAIT("按错了也没关系，工作人员到了告诉他们就好。", "Pressed by mistake? That is all right; tell the staff when they come."),
    ALARM_MISTAKE_END("按错了，或者已经打过电话，可以按1结束呼叫。", "Pressed by mistake, or phoned already? Press 1 to end the call."),
    ALARM_NOTED("这次呼叫已记在机器里。", "This call is recorded in the kiosk."),
    ALARM_END("结束呼叫", "End the call"),
    ALARM_STAFF_END("工作人员结束呼叫", "Staff: end the call"),
    ALARM_HELP_END("按1结束呼叫", "1: end the call"),
    ALARM_HELP_STAFF_PIN("工作人员按1输入密码结束呼叫", "Staff: 1, then the PIN, ends the call"),
    ALARM_HELP_BOARD("工作人员在服务中心结束呼叫", "Staff end the call at the service centre"),
    ALARM_HELP_HELD("返回键和0不离开这一页", "Back and 0 stay on this page"),
    ALARM_HELP_OVER("按确认或返回键回首页", "Confirm or Back: home"),
    ALARM_HINT_HELD("呼叫正在进行，不能离开这一页。工作人员会来处理。", "The call is on; this page stays until it ends. The staff will come."),
    ALARM_HINT_AGAIN("已经在呼叫了，还是同一次呼叫。", "The call is already on; it is the same call."),
    ALARM_END_TITLE("结束这次呼叫吗？", "End this call?"),
    ALARM_END_TEXT("确定要结束这次呼叫吗？按1结束。按返回键不结束，呼叫继续。", "Do you want to end this call? Press 1 to end it. Press Back to keep the call on."),
    ALARM_END_CONFIRM("确定结束", "Yes, end it"),
    ALARM_END_HELP("按1或确认结束呼叫，返回键不结束", "1 or Confirm: end the call, Back: keep it"),
    ALARM_PIN_TEXT("请工作人员输入站点密码，再按确认。按返回键不结束。\n已输入：%s", "Staff: type the station PIN, then press Confirm. Back: keep the call.\nTyped: %s"),
    ALARM_PIN_HELP("输入数字密码后按确认，返回键不结束", "Type the PIN, then Confirm; Back: keep the call"),
    ALARM_PIN_WRONG("密码不对，呼叫没有结束。请再输入一次。", "Wrong PIN; the call goes on. Please type it again."),
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
