package org.menkou.kiosk.meals;

import java.util.ArrayList;
import java.util.List;
import org.menkou.content.DeliveryPolicy;
import org.menkou.content.SetMenu;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/** 选套餐: every set menu with its dishes and the price this resident pays (read aloud with the screen). */
final class SetChoiceScreen extends Screen {
    private final MealFlow flow;
    private final Order order;

    SetChoiceScreen(MealFlow flow, Order order) {
        this.flow = flow;
        this.order = order;
    }

    @Override
    public String title() {
        return Ui.SET_TITLE.format(language(), flow.dayMeal(order.menu().date(), order.menu().meal(), language()));
    }

    @Override
    protected String text() {
        List<String> lines = new ArrayList<>();
        for (SetMenu s : order.menu().sets()) {
            lines.add(Ui.SET_LINE.format(language(), s.name(), String.join(Ui.LIST_SEPARATOR.in(language()), s.dishes()),
                    MealFlow.price(s.priceFor(order.tierCode()), language())));
        }
        return String.join("\n", lines);
    }

    @Override
    protected List<Option> options() {
        return order.menu().sets().stream().map(s -> Option.of(s.name(), () -> next(order.withSet(s)),
                s.code() + "套餐", s.code(), s.dishes().get(0))).toList();
    }

    private Transition next(Order chosen) {
        if (DeliveryPolicy.eligible(chosen.tierCode())) {
            return Transition.push(new ServiceChoiceScreen(flow, chosen));
        }
        return Transition.push(new ConfirmBookingScreen(flow, chosen.withDelivery(false)));
    }
}
