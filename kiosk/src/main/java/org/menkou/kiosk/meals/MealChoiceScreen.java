package org.menkou.kiosk.meals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menkou.content.CanteenMenu;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** 午餐还是晚餐: the meals of one day still open (per canteen when there are several). */
final class MealChoiceScreen extends Screen {
    private final MealFlow flow;
    private final LocalDate day;
    private List<CanteenMenu> menus = List.of();

    MealChoiceScreen(MealFlow flow, LocalDate day) {
        this.flow = flow;
        this.day = day;
    }

    @Override
    protected void onShow() {
        menus = flow.open(day);
    }

    @Override
    public String title() {
        return flow.dayWord(day) + "吃哪一顿？";
    }

    @Override
    protected String text() {
        if (menus.isEmpty()) {
            return "这一天已经不能订了。请按返回键选别的日子。";
        }
        List<String> lines = new ArrayList<>();
        for (CanteenMenu m : menus) {
            lines.add(label(m) + "：" + m.serveFrom() + "开饭，" + m.cutoff() + "前订。");
        }
        return String.join("\n", lines);
    }

    private String label(CanteenMenu m) {
        boolean several = menus.stream().map(CanteenMenu::canteenId).distinct().count() > 1;
        return several ? flow.canteenName(m.canteenId()) + m.meal().label() : m.meal().label();
    }

    @Override
    protected List<Option> options() {
        return menus.stream().map(m -> Option.of(label(m), () -> Transition.push(new SetChoiceScreen(flow,
                new Order(flow.session().resident(), m, null, false))), m.meal().label().substring(0, 1) + "饭",
                m.meal() == org.menkou.content.Meal.LUNCH ? "中饭" : "晚饭")).toList();
    }
}
