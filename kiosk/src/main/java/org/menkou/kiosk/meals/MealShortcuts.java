package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.content.meal.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.session.IdentifiedResident;
import org.menkou.kiosk.session.ResidentShortcuts;

/** "我的订餐" on the greeting of a resident who scanned their card: their bookings, to see or cancel. */
public record MealShortcuts(MealFlow flow) implements ResidentShortcuts {
    @Override
    public List<Option> forResident(IdentifiedResident resident) {
        return List.of(Option.of("我的订餐", () -> Transition.push(new MyBookingsScreen(flow)), "我订的餐", "订餐", "取消订餐"));
    }

    /**
     * How the resident's coming meals stand, newest news first: a booking made while the kiosk was offline is
     * confirmed or refused later, and the resident hears it here at their next scan. At most three lines.
     */
    @Override
    public List<String> news(IdentifiedResident resident) {
        return flow.bookings().ofResident(resident.id()).stream()
                .filter(b -> !b.request().date().isBefore(flow.context().today()))
                .filter(b -> b.state() != MealBooking.State.CANCELLED)
                .limit(3)
                .map(b -> "您的订餐：" + BookingResultScreen.describe(flow, b) + "，" + state(b))
                .toList();
    }

    private static String state(MealBooking b) {
        return switch (b.state()) {
            case CONFIRMED -> "已确认，" + b.number() + "号。";
            case REFUSED -> "没订上" + (b.reason() == null ? "。" : "：" + b.reason());
            default -> b.state().label() + "。";
        };
    }
}
