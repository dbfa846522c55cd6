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
    // Home.
    HOME_TITLE("首页", "Home"),
    HOME_TITLE_AT("%s 首页", "%s - Home"),
    HOME_GREETING("您好！请按数字键选择，或者直接说出您要办的事。", "Hello! Press a number, or say what you need."),
    HOME_GREETING_KEYS("您好！请按数字键选择。", "Hello! Press a number to choose."),
    HOME_GREETING_RESIDENT_KEYS("%s，您好！请按数字键选择。", "Hello, %s! Press a number to choose."),
    HOME_GREETING_RESIDENT("%s，您好！请按数字键选择，或者直接说出您要办的事。", "Hello, %s! Press a number, or say what you need."),
    HOME_END_SESSION("结束，退出居民卡", "Finish and sign out"),
    SESSION_GOODBYE("再见，祝您身体健康！", "Goodbye, and stay well!"),
    // Resident card and session.
    SCAN_TEXT("请把居民服务卡的二维码对准扫码口。\n认出您以后，屏幕会跟您打招呼。\n没有卡也没关系，不刷卡也能找服务、看政策和菜单。",
            "Hold the QR code of your resident card up to the scanner.\nThe screen greets you once it knows you.\nNo card? You can still find services, read policies and see the menus."),
    SCAN_REFUSED("%s。\n按返回键回去，按0回首页。", "%s.\nPress Back to go back, or 0 for home."),
    SCAN_NO_KEY("这台一体机还没有收到认卡的资料，现在不能刷卡，请找工作人员帮忙", "This kiosk cannot read cards yet; please ask the staff"),
    SCAN_UNKNOWN_RESIDENT("这张卡的居民资料还没有到这台一体机，请找工作人员帮忙", "This kiosk does not have this card's resident yet; please ask the staff"),
    SCAN_EXPIRED("这张居民服务卡已经过期了，请找工作人员换一张新卡", "This resident card has expired; please ask the staff for a new one"),
    SCAN_REVOKED("这张居民服务卡已经停用了，请用最新的卡，或者找工作人员帮忙", "This resident card is no longer valid; please use your newest card or ask the staff"),
    SCAN_FORGED("这张卡核对不上，不能使用，请找工作人员帮忙", "This card cannot be checked and cannot be used; please ask the staff"),
    SCAN_FOREIGN("这张码不是居民服务卡，请找工作人员帮忙", "This code is not a resident card; please ask the staff"),
    SCAN_NONE("没有看到二维码，请把卡上的二维码对准扫码口", "No QR code was seen; please hold the card's QR code up to the scanner"),
    GREETING_TITLE("您好，%s", "Hello, %s"),
    GREETING_TEXT("已经认出您的居民服务卡了。\n您的补贴档次：%s。", "Your resident card is recognised.\nYour subsidy tier: %s."),
    GREETING_END("用完了请按0结束。", "When you are done, press 0 to finish."),
    GREETING_POLICIES("可能适合您的政策", "Policies for you"),
    LIKELY_POLICIES_NONE("没有找到特别适合您的政策。可以在首页按3看全部政策，或者问工作人员。",
            "No policy stands out for you. Press 3 on the home screen for all policies, or ask the staff."),
    LIKELY_POLICIES_INTRO("按您的年龄和补贴档次，这些政策可能适合您。具体条件请看每项政策的自测。",
            "By your age and subsidy tier these policies may suit you. Each policy's self-check asks the rest."),
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
    // Meal booking.
    MEALS_TITLE("订餐", "Meals"),
    MEALS_BOOK("订餐", "Book a meal"),
    MEALS_MINE("我的订餐", "My bookings"),
    MEALS_MENUS("看菜单", "See the menus"),
    MEALS_HELLO_RESIDENT("%s，您好。按1订餐，按2看您订的餐，按3看菜单。",
            "Hello, %s. Press 1 to book a meal, 2 to see your bookings, 3 for the menus."),
    MEALS_WALK_IN("您还没有刷居民卡，现在按散客订餐，到食堂付全价。有居民卡的，现在把卡上的二维码对准扫码口，就按补贴价订。",
            "You have not scanned a resident card, so you book as a walk-in and pay the full price at the canteen. "
                    + "If you have a resident card, hold its QR code up to the scanner now to book at your subsidy price."),
    LUNCH("午餐", "lunch"),
    DINNER("晚餐", "dinner"),
    YUAN("%s元", "%s yuan"),
    DAY_MEAL("%s%s", "%s %s"),
    DAY_TITLE("订哪一天的饭？", "Which day?"),
    DAY_NONE("最近三天都不能订餐了（已经截止或没有菜单）。请问工作人员。",
            "No meal can be booked in the next three days (closed, or no menu). Please ask the staff."),
    DAY_PICK("请选日子。", "Choose a day."),
    DAY_TODAY_CLOSED("今天的订餐已经截止了。请选日子。", "Booking for today has closed. Choose a day."),
    MEAL_TITLE("%s吃哪一顿？", "%s: which meal?"),
    MEAL_CLOSED("这一天已经不能订了。请按返回键选别的日子。", "This day can no longer be booked. Press Back to choose another day."),
    MEAL_LINE("%s：%s开饭，%s前订。", "%s: served from %s, book before %s."),
    SET_TITLE("%s，选套餐", "%s: choose a set menu"),
    SET_LINE("%s：%s。您付%s。", "%s: %s. You pay %s."),
    SERVICE_TITLE("到食堂吃，还是送到家？", "Eat at the canteen, or have it delivered?"),
    SERVICE_TEXT("堂吃：到%s吃。送餐：志愿者送到您家。", "Canteen: eat at %s. Delivery: a volunteer brings it to your home."),
    SERVICE_CANTEEN("堂吃", "at the canteen"),
    SERVICE_DELIVERY("送餐", "delivered"),
    CONFIRM_TITLE("请确认", "Please confirm"),
    CONFIRM_WHO_WALK_IN("散客，到食堂付钱：", "Walk-in, paying at the canteen:"),
    CONFIRM_WHO_RESIDENT("%s：", "%s:"),
    CONFIRM_QUESTION("%s，\n确认吗？按确认键订餐；要改，按返回键。", "%s.\nIs that right? Press Confirm to book; to change it, press Back."),
    CONFIRM_BOOK("确认订餐", "Book it"),
    CONFIRM_DONT("不订了", "Do not book"),
    READ_BACK("%s，%s，%s，%s", "%s, %s, %s, %s"),
    DESCRIBE("%s，%s，%s", "%s, %s, %s"),
    CUTOFF_PASSED("已经过了订餐截止时间（%s），这一顿不能订了。", "Booking closed at %s; this meal can no longer be booked."),
    SUBMITTING_TITLE("正在提交…", "Sending…"),
    SUBMITTING_TEXT("正在把您的订餐交给食堂，请稍等。", "Sending your booking to the canteen, one moment please."),
    RESULT_REFUSED_TITLE("没有订上", "Not booked"),
    RESULT_CONFIRMED_TITLE("订好了", "Booked"),
    RESULT_PENDING_TITLE("已记下，待确认", "Saved, not yet confirmed"),
    RESULT_NUMBER("您的订餐号是%d号。%s，%s。", "Your booking number is %d. %s, %s."),
    RESULT_DELIVERY("饭会送到您家。", "The meal will be brought to your home."),
    RESULT_COLLECT("请到%s报订餐号取餐。", "Collect it at %s with your booking number."),
    RESULT_COLLECT_AND_PAY("请到%s窗口报订餐号，付款取餐。", "At the %s counter, give your booking number, pay and collect your meal."),
    RESULT_PENDING_RESIDENT("现在连不上服务中心，您的订餐已经记下了，还没有确认。联网后会自动确认，您下次刷卡时告诉您结果，也可以问站点工作人员。",
            "The service centre cannot be reached now. Your booking is saved but not yet confirmed; it is confirmed "
                    + "once the kiosk is back online, and you hear the result at your next card scan, or ask the staff."),
    RESULT_PENDING_WALK_IN("现在连不上服务中心，您的订餐已经记下了。开饭时请到%s窗口，说您在一体机订过餐，在窗口取号付款。",
            "The service centre cannot be reached now; your booking is saved. At mealtime go to the %s counter, say "
                    + "you booked at the kiosk, and get your number and pay there."),
    RESULT_HOME("回首页", "Home"),
    CANCEL_TITLE("取消订餐", "Cancel a booking"),
    CANCEL_ASK("取消%s，确认吗？\n按确认键取消；不取消，按返回键。", "Cancel %s?\nPress Confirm to cancel; to keep it, press Back."),
    CANCEL_IT("取消这份订餐", "Cancel this booking"),
    CANCEL_YES("确认取消", "Yes, cancel it"),
    CANCEL_KEEP("不取消", "Keep it"),
    CANCEL_SENDING("正在提交取消…", "Sending the cancellation…"),
    CANCEL_DONE("已经取消了。", "It is cancelled."),
    CANCEL_NOTED("取消已经记下，联网后告诉食堂。", "The cancellation is saved; the canteen is told once the kiosk is online."),
    CANCEL_FAILED("没有取消成功。", "The booking could not be cancelled."),
    CANCEL_TOO_LATE("已经过了截止时间，不能取消了。", "The cutoff has passed; it can no longer be cancelled."),
    DETAIL_CONFIRMED("已确认，订餐号%d号，%s。", "Confirmed, booking number %d, %s."),
    DETAIL_PENDING("待确认：还没连上服务中心，联网后自动确认。", "Waiting: the service centre has not been reached yet; confirmed once online."),
    DETAIL_REFUSED("没有订上：%s", "Not booked: %s"),
    DETAIL_CANCEL_PENDING("取消待确认：联网后会告诉食堂。", "Cancellation waiting: the canteen is told once online."),
    DETAIL_CANCELLED("已取消。", "Cancelled."),
    DETAIL_CANCEL_REFUSED("取消没有成功：%s", "The cancellation failed: %s"),
    MINE_NO_CARD("请先刷居民卡（把卡上的二维码对准扫码口），才能看您订的餐。散客要取消，请打电话给食堂。",
            "Scan your resident card first (hold its QR code up to the scanner) to see your bookings. Walk-ins cancel by phoning the canteen."),
    MINE_NONE("您现在没有订餐。", "You have no bookings now."),
    MINE_PICK("按数字看一份订餐，也可以取消。", "Press a number to see a booking or cancel it."),
    STATE_PENDING("待确认", "waiting"),
    STATE_CONFIRMED("已确认%d号", "confirmed, no. %d"),
    STATE_REFUSED("没订上", "not booked"),
    STATE_CANCEL_PENDING("取消待确认", "cancelling"),
    STATE_CANCELLED("已取消", "cancelled"),
    BOOKING_LABEL("%s %s %s", "%s %s %s"),
    NEWS_LINE("您的订餐：%s，%s。", "Your booking: %s, %s."),
    NEWS_REFUSED("没订上：%s", "not booked: %s"),
    UNREADABLE_ANSWER("服务中心的回答看不懂，请问站点工作人员。", "The service centre's answer could not be read; please ask the staff."),
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
