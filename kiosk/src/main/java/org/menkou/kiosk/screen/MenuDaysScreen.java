package org.menkou.kiosk.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.menkou.content.CanteenMenu;

/** 订餐: the days that have menus, from today on. (Booking itself comes with issue #8.) */
final class MenuDaysScreen extends Screen {
    static final int DAYS_AHEAD = 13;
    private final KioskContext context;
    private List<LocalDate> days = List.of();

    MenuDaysScreen(KioskContext context) {
        this.context = context;
    }

    @Override
    protected void onShow() {
        LocalDate today = context.today();
        days = List.copyOf(new TreeSet<>(context.store().menus().between(today, today.plusDays(DAYS_AHEAD))
                .stream().map(CanteenMenu::date).toList()));
    }

    @Override
    public String title() {
        return "长者食堂菜单";
    }

    @Override
    protected String text() {
        return days.isEmpty() ? "最近几天还没有菜单，请问工作人员。" : "想看哪一天的菜单？";
    }

    @Override
    protected List<Option> options() {
        return days.stream()
                .map(d -> Option.of(Dates.dayLabel(d, context.today()),
                        () -> Transition.push(new MenuDayScreen(context, d)), Dates.relativeWord(d, context.today())))
                .toList();
    }
}
