package org.menkou.kiosk.meals;

import java.util.List;
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
}
