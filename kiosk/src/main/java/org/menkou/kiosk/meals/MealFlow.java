package org.menkou.kiosk.meals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.content.Price;
import org.menkou.content.SetMenu;
import org.menkou.content.Station;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.screen.Dates;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.screen.UiThread;
import org.menkou.voice.VoiceLanguage;

/**
 * What the booking screens share: the kiosk's content and clock, the bookings, who is booking, and the UI thread
 * that answers arriving from the server are handed to. The screens of one booking are made from here;
 * {@link #entry()} is home's 2 订餐. Words are in the language passed (the screen's).
 */
public record MealFlow(KioskContext context, KioskMealBookings bookings, BookingResident session, UiThread ui) {
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
    String dayWord(LocalDate day, VoiceLanguage language) {
        return Dates.relativeWord(day, context.today(), language);
    }

    static String mealWord(Meal meal, VoiceLanguage language) {
        return (meal == Meal.LUNCH ? Ui.LUNCH : Ui.DINNER).in(language);
    }

    /** "明天午餐" / "Tomorrow lunch". */
    String dayMeal(LocalDate day, Meal meal, VoiceLanguage language) {
        return Ui.DAY_MEAL.format(language, dayWord(day, language), mealWord(meal, language));
    }

    static String price(Price price, VoiceLanguage language) {
        return Ui.YUAN.format(language, price.toYuanText().replace("元", ""));
    }

    static String service(boolean delivery, VoiceLanguage language) {
        return (delivery ? Ui.SERVICE_DELIVERY : Ui.SERVICE_CANTEEN).in(language);
    }

    /**
     * The one name of a set menu, as the menu names it (A套餐, 营养套餐 …), everywhere the resident meets it; the
     * code with 套餐 only when the menu is no longer on this kiosk.
     */
    String setName(BookingRequest request) {
        return context.store().menus().find(request.canteenId(), request.date(), request.meal())
                .flatMap(m -> m.sets().stream().filter(s -> s.code().equals(request.setCode())).findFirst())
                .map(SetMenu::name).orElse(request.setCode() + "套餐");
    }

    /** "明天午餐，A套餐，送餐". */
    String describe(MealBooking b, VoiceLanguage language) {
        BookingRequest r = b.request();
        return Ui.DESCRIBE.format(language, dayMeal(r.date(), r.meal(), language), setName(r),
                service(r.delivery(), language));
    }

    /** The state in a few words: 已确认12号, 待确认 … */
    static String state(MealBooking b, VoiceLanguage language) {
        return switch (b.state()) {
            case PENDING -> Ui.STATE_PENDING.in(language);
            case CONFIRMED -> Ui.STATE_CONFIRMED.format(language, b.number());
            case REFUSED -> Ui.STATE_REFUSED.in(language);
            case CANCEL_PENDING -> Ui.STATE_CANCEL_PENDING.in(language);
            case CANCELLED -> Ui.STATE_CANCELLED.in(language);
        };
    }
}
