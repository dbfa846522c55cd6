package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.kiosk.screen.ContentScreens;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** 订餐: book a meal or see one's bookings; says who is booking (a carded resident, or a walk-in at full price). */
final class MealHomeScreen extends Screen {
    private final MealFlow flow;

    MealHomeScreen(MealFlow flow) {
        this.flow = flow;
    }

    @Override
    public String title() {
        return "订餐";
    }

    @Override
    protected String text() {
        return flow.session().resident()
                .map(r -> r.maskedName() + "，您好。按1订餐，按2看您订的餐，按3看菜单。")
                .orElse("您还没有刷居民卡，现在按散客订餐，到食堂付全价。要用补贴价，请先回首页按5刷卡。");
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of("订餐", () -> Transition.push(new DayScreen(flow)), "我要订餐", "订饭", "订一份"),
                Option.of("我的订餐", () -> Transition.push(new MyBookingsScreen(flow)), "我订的餐", "取消订餐", "查订餐"),
                Option.of("看菜单", () -> Transition.push(ContentScreens.menuDays(flow.context())), "菜单", "吃什么"));
    }
}
