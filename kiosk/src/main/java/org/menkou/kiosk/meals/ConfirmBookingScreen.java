package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/**
 * The read-back: "明天午餐，A套餐，送餐，3元，确认吗？" — nothing is booked until 确认 (the Enter key, 1, or the spoken
 * 确认). 确认 saves the booking and opens the result page at once; the server's answer arrives there later.
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
        return Ui.CONFIRM_TITLE.in(language());
    }

    @Override
    protected String text() {
        String who = order.resident().map(r -> Ui.CONFIRM_WHO_RESIDENT.format(language(), r.maskedName()))
                .orElse(Ui.CONFIRM_WHO_WALK_IN.in(language()));
        // The question on its own line, so a narrow kiosk never splits 确认 (the voice reads the lines as one).
        return who + "\n" + Ui.CONFIRM_QUESTION.format(language(), order.readBack(flow, language()));
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of(Ui.CONFIRM_BOOK.in(language()), this::book, "确认订餐", "对", "好的", "是的", "订吧", "yes"),
                Option.of(Ui.CONFIRM_DONT.in(language()), () -> Transition.HOME, "不订了", "不要了", "不订", "算了", "no"));
    }

    private Transition book() {
        if (!flow.stillOpen(order.menu())) {
            return Transition.replace(BookingResultScreen.localRefusal(flow,
                    lang -> Ui.CUTOFF_PASSED.format(lang, order.menu().cutoff())));
        }
        return Transition.replace(new BookingResultScreen(flow,
                flow.bookings().submit(order.request(flow.context().stationId(), flow.session().card()))));
    }
}
