package org.menkou.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.menkou.hardware.KioskKey;

/**
 * 首页: the six big choices, always in the same order and numbering (1 找服务 · 2 订餐 · 3 政策 · 4 通知活动 ·
 * 5 刷码 · 9 紧急呼叫), and 8 for the other language, named in that language in the key help. While a resident is
 * identified the greeting names them (masked) and 5 ends their session instead of explaining the scan.
 */
public final class HomeScreen extends Screen implements Navigator.SessionAware {
    static final int LANGUAGE_DIGIT = 8;
    private final KioskContext context;
    private final HomeSession session;
    private final Supplier<Screen> meals;

    /** A home screen whose 2 订餐 only shows the menus. */
    public HomeScreen(KioskContext context) {
        this(context, HomeSession.none(), () -> ContentScreens.menuDays(context));
    }

    /**
     * @param session who is identified, if anyone; the home screen says goodbye once after the resident ended it
     * @param meals   makes the screen of 2 订餐 (the booking flow, or the menus where booking is not set up)
     */
    public HomeScreen(KioskContext context, HomeSession session, Supplier<Screen> meals) {
        this.context = context;
        this.session = session;
        this.meals = meals;
    }

    @Override
    protected void onShow() {
        if (session.takeFarewell()) {
            hint(Ui.SESSION_GOODBYE.in(language()));
        }
    }

    @Override
    public boolean hasSession() {
        return session.maskedName().isPresent();
    }

    @Override
    public String title() {
        return context.station().map(s -> Ui.HOME_TITLE_AT.format(language(), s.name())).orElse(Ui.HOME_TITLE.in(language()));
    }

    @Override
    protected String text() {
        boolean listening = context.voice().listening();
        return session.maskedName()
                .map(name -> (listening ? Ui.HOME_GREETING_RESIDENT : Ui.HOME_GREETING_RESIDENT_KEYS)
                        .format(language(), name))
                .orElse((listening ? Ui.HOME_GREETING : Ui.HOME_GREETING_KEYS).in(language()));
    }

    @Override
    protected List<Option> options() {
        return List.of(
                option(1, Ui.HOME_SERVICES, () -> Transition.push(ContentScreens.categories(context)), "服务", "找服务项目"),
                option(2, Ui.HOME_MEALS, () -> Transition.push(meals.get()), "吃饭", "菜单", "助餐"),
                option(3, Ui.HOME_POLICIES, () -> Transition.push(ContentScreens.policies(context)), "政策补贴", "补贴"),
                option(4, Ui.HOME_NOTICES, () -> Transition.push(ContentScreens.notices(context)), "通知", "活动"),
                session.maskedName().isPresent()
                        ? option(5, Ui.HOME_END_SESSION, this::endSession, "结束", "退出", "退卡", "再见")
                        : option(5, Ui.HOME_SCAN, () -> Transition.push(new ScanCardScreen()), "刷卡", "扫码", "居民卡"),
                // Its spoken words (紧急呼叫, 救命) are the global emergency command, heard on every screen.
                option(9, Ui.HOME_EMERGENCY, () -> Transition.EMERGENCY));
    }

    private Transition endSession() {
        session.end();
        onShow();
        return Transition.STAY;
    }

    /** A choice labelled in the current language that can be said in either. */
    private Option option(int digit, Ui label, Supplier<Transition> action, String... synonyms) {
        List<String> phrases = new ArrayList<>(label.both());
        phrases.addAll(List.of(synonyms));
        phrases.remove(label.in(language()));
        return new Option(digit, label.in(language()), phrases, action);
    }

    @Override
    protected List<String> keyHelp(List<Choice> choices, int pages) {
        List<String> help = new ArrayList<>(super.keyHelp(choices, pages));
        help.add(Ui.HOME_OTHER_LANGUAGE.in(language()));
        return help;
    }

    @Override
    protected Map<String, KioskKey> keyPhrases() {
        return Map.of("English", KioskKey.DIGIT_8, "english", KioskKey.DIGIT_8, "中文", KioskKey.DIGIT_8, "说中文", KioskKey.DIGIT_8);
    }

    @Override
    protected Transition onOtherDigit(int digit) {
        if (digit != LANGUAGE_DIGIT) {
            return null;
        }
        context.language().set(context.language().other());
        return Transition.STAY;
    }

    @Override
    protected Transition onBack() {
        hint(Ui.HOME_ALREADY.in(language()));
        return Transition.STAY;
    }
}
