package org.menkou.kiosk.meals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** 哪一天: 今天 (only before the cutoff), 明天, 后天 — the days that still take bookings. */
final class DayScreen extends Screen {
    private final MealFlow flow;
    private List<LocalDate> days = List.of();

    DayScreen(MealFlow flow) {
        this.flow = flow;
    }

    @Override
    protected void onShow() {
        List<LocalDate> open = new ArrayList<>();
        for (int i = 0; i < MealFlow.DAYS; i++) {
            LocalDate day = flow.context().today().plusDays(i);
            if (!flow.open(day).isEmpty()) {
                open.add(day);
            }
        }
        days = open;
    }

    @Override
    public String title() {
        return "订哪一天的饭？";
    }

    @Override
    protected String text() {
        if (days.isEmpty()) {
            return "最近三天都不能订餐了（已经截止或没有菜单）。请问工作人员。";
        }
        return days.get(0).equals(flow.context().today()) ? "请选日子。" : "今天的订餐已经截止了。请选日子。";
    }

    @Override
    protected List<Option> options() {
        return days.stream().map(d -> Option.of(flow.dayWord(d), () -> Transition.push(new MealChoiceScreen(flow, d)),
                flow.dayWord(d) + "的", flow.dayWord(d) + "吃")).toList();
    }
}
