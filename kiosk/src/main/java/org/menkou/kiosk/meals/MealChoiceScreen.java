package org.menkou.kiosk.meals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

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
        return Ui.MEAL_TITLE.format(language(), flow.dayWord(day, language()));
    }

    @Override
    protected String text() {
        if (menus.isEmpty()) {
            return Ui.MEAL_CLOSED.in(language());
        }
        List<String> lines = new ArrayList<>();
        for (CanteenMenu m : menus) {
            lines.add(Ui.MEAL_LINE.format(language(), label(m), m.serveFrom(), m.cutoff()));
        }
        return String.join("\n", lines);
    }

    private String label(CanteenMenu m) {
        boolean several = menus.stream().map(CanteenMenu::canteenId).distinct().count() > 1;
        String meal = MealFlow.mealWord(m.meal(), language());
        return several ? flow.canteenName(m.canteenId()) + " " + meal : meal;
    }

    @Override
    protected List<Option> options() {
        return menus.stream().map(m -> Option.of(label(m), () -> Transition.push(new SetChoiceScreen(flow,
                        new Order(flow.session().resident(), m, null, false))),
                MealFlow.mealWord(m.meal(), org.menkou.voice.VoiceLanguage.ZH_CN),
                m.meal() == Meal.LUNCH ? "中饭" : "晚饭", m.meal() == Meal.LUNCH ? "午饭" : "晚上")).toList();
    }
}
