package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.kiosk.screen.ContentScreens;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/**
 * 订餐: book a meal or see one's bookings; says who is booking (a carded resident, or a walk-in at full price, who
 * may scan their card right here: a scan from any screen identifies them).
 */
final class MealHomeScreen extends Screen {
    private final MealFlow flow;

    MealHomeScreen(MealFlow flow) {
        this.flow = flow;
    }

    @Override
    public String title() {
        return Ui.MEALS_TITLE.in(language());
    }

    @Override
    protected String text() {
        return flow.session().resident()
                .map(r -> Ui.MEALS_HELLO_RESIDENT.format(language(), r.maskedName()))
                .orElse(Ui.MEALS_WALK_IN.in(language()));
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of(Ui.MEALS_BOOK.in(language()), () -> Transition.push(new DayScreen(flow)), "我要订餐", "订饭",
                        "订一份", "book"),
                Option.of(Ui.MEALS_MINE.in(language()), () -> Transition.push(new MyBookingsScreen(flow)), "我订的餐",
                        "取消订餐", "查订餐", "my bookings"),
                Option.of(Ui.MEALS_MENUS.in(language()), () -> Transition.push(ContentScreens.menuDays(flow.context())),
                        "菜单", "吃什么", "menus"));
    }
}
