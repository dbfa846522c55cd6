package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** 堂吃还是送餐: only shown to residents who may have meals delivered ({@code DeliveryPolicy}). */
final class ServiceChoiceScreen extends Screen {
    private final MealFlow flow;
    private final Order order;

    ServiceChoiceScreen(MealFlow flow, Order order) {
        this.flow = flow;
        this.order = order;
    }

    @Override
    public String title() {
        return "到食堂吃，还是送到家？";
    }

    @Override
    protected String text() {
        return "堂吃：到" + flow.canteenName(order.menu().canteenId()) + "吃。送餐：志愿者送到您家。";
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of("堂吃", () -> Transition.push(new ConfirmBookingScreen(flow, order.withDelivery(false))),
                        "到食堂吃", "在食堂吃", "食堂"),
                Option.of("送餐", () -> Transition.push(new ConfirmBookingScreen(flow, order.withDelivery(true))),
                        "送到家", "送上门", "送饭"));
    }
}
