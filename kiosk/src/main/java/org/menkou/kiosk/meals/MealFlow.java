package org.menkou.kiosk.meals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Station;
import org.menkou.content.meal.KioskMealBookings;
import org.menkou.kiosk.screen.Dates;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Screen;

/**
 * What the booking screens share: the kiosk's content and clock, the bookings, and who is booking. The screens of
 * one booking are made from here; {@link #entry()} is home's 2 订餐.
 */
public record MealFlow(KioskContext context, KioskMealBookings bookings, BookingResident session) {
    /** How many days ahead can be booked, today included (今天, 明天, 后天). */
    static final int DAYS = 3;

    public Screen entry() {
        return new MealHomeScreen(this);
    }

    LocalDateTime now() {
        return LocalDateTime.now(context.clock());
    }

    /** Menus open for booking now: from today to 后天, quota above zero, before their cutoff. */
    List<CanteenMenu> open(LocalDate day) {
        return context.store().menus().between(day, day).stream()
                .filter(m -> m.quota() > 0 && now().isBefore(m.date().atTime(m.cutoff())))
                .toList();
    }

    boolean stillOpen(CanteenMenu menu) {
        return now().isBefore(menu.date().atTime(menu.cutoff()));
    }

    String canteenName(String canteenId) {
        return context.store().stations().find(canteenId).map(Station::name).orElse(canteenId);
    }

    /** 今天 / 明天 / 后天 (or the date further out). */
    String dayWord(LocalDate day) {
        return Dates.relativeWord(day, context.today());
    }
}
