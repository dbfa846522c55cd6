package org.menkou.kiosk.screen;

import java.util.List;
import java.util.function.Supplier;

/** 首页: the six big choices, always in the same order and numbering. */
public final class HomeScreen extends Screen {
    private final KioskContext context;
    private final Supplier<Screen> meals;

    /** A home screen whose 2 订餐 only shows the menus. */
    public HomeScreen(KioskContext context) {
        this(context, () -> ContentScreens.menuDays(context));
    }

    /** @param meals makes the screen of 2 订餐 (the booking flow) */
    public HomeScreen(KioskContext context, Supplier<Screen> meals) {
        this.context = context;
        this.meals = meals;
    }

    @Override
    public String title() {
        return context.station().map(s -> s.name() + " 首页").orElse("首页");
    }

    @Override
    protected String text() {
        return "您好！请按数字键选择，或者直接说出您要办的事。";
    }

    @Override
    protected List<Option> options() {
        return List.of(
                new Option(1, "找服务", List.of("服务", "找服务项目"), () -> Transition.push(ContentScreens.categories(context))),
                new Option(2, "订餐", List.of("吃饭", "菜单", "助餐"), () -> Transition.push(meals.get())),
                new Option(3, "政策", List.of("政策补贴", "补贴"), () -> Transition.push(ContentScreens.policies(context))),
                new Option(4, "通知活动", List.of("通知", "活动"), () -> Transition.push(ContentScreens.notices(context))),
                new Option(5, "刷码", List.of("刷卡", "扫码", "居民卡"), () -> Transition.push(new ScanCardScreen())),
                new Option(9, "紧急呼叫", List.of("救命", "呼叫"), () -> Transition.push(
                        new EmergencyScreen(context.station().map(s -> s.phone()).orElse(null)))));
    }

    @Override
    protected Transition onBack() {
        hint("这里已经是首页了。");
        return Transition.STAY;
    }
}
