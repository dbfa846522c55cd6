package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.content.meal.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/**
 * The read-back: "明天午餐，A套餐，送餐，3元，确认吗？" — nothing is booked until 确认 (the Enter key, 1, or the spoken
 * 确认). Booking waits for the server's answer for at most about a second (on the UI thread).
 */
final class ConfirmBookingScreen extends Screen {
    private final MealFlow flow;
    private final Order order;

    ConfirmBookingScreen(MealFlow flow, Order order) {
        this.flow = flow;
        this.order = order;
    }

    @Override
    public String title() {
        return "请确认";
    }

    @Override
    protected String text() {
        String who = order.resident().map(r -> r.maskedName() + "：").orElse("散客，到食堂付钱：");
        // The question on its own line, so a narrow kiosk never splits 确认 (the voice reads the lines as one).
        return who + "\n" + order.readBack(flow) + "，\n确认吗？按确认键订餐；要改，按返回键。";
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of("确认订餐", this::book, "对", "好的", "是的", "订吧"),
                Option.of("不订了", () -> Transition.HOME, "不要了", "不订", "算了"));
    }

    private Transition book() {
        if (!flow.stillOpen(order.menu())) {
            return Transition.replace(BookingResultScreen.localRefusal(flow,
                    "已经过了订餐截止时间（" + order.menu().cutoff() + "），这一顿不能订了。"));
        }
        MealBooking booking = flow.bookings().book(order.request(flow.context().stationId()));
        return Transition.replace(new BookingResultScreen(flow, booking));
    }
}
