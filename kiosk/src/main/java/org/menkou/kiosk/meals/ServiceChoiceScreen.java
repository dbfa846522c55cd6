package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

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
        return Ui.SERVICE_TITLE.in(language());
    }

    @Override
    protected String text() {
        return Ui.SERVICE_TEXT.format(language(), flow.canteenName(order.menu().canteenId()));
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of(Ui.SERVICE_CANTEEN.in(language()),
                        () -> Transition.push(new ConfirmBookingScreen(flow, order.withDelivery(false))),
                        "堂吃", "到食堂吃", "在食堂吃", "食堂", "canteen"),
                Option.of(Ui.SERVICE_DELIVERY.in(language()),
                        () -> Transition.push(new ConfirmBookingScreen(flow, order.withDelivery(true))),
                        "送餐", "送到家", "送上门", "送饭", "delivery"));
    }
}
