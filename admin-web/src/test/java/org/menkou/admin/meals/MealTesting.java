package org.menkou.admin.meals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.content.Price;
import org.menkou.content.SetMenu;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.store.ContentStore;

/** Shared set-up of the meal tests: a lunch menu with a given quota, and booking requests. */
public final class MealTesting {
    public static final String CANTEEN = "wt-canteen";
    public static final ZoneId ZONE = MealBookingService.CANTEEN_ZONE;

    private MealTesting() {
    }

    /** Saves {@code date}'s lunch at the demo canteen: cutoff 10:00, sets A (15元; DIBAO 3元) and B (13元). */
    public static CanteenMenu lunch(ContentStore store, LocalDate date, int quota) {
        CanteenMenu menu = new CanteenMenu(CANTEEN, date, Meal.LUNCH, LocalTime.of(10, 0), LocalTime.of(11, 0), quota,
                List.of(new SetMenu("A", "A套餐", List.of("红烧狮子头", "番茄炒蛋"), Price.ofYuan("15"),
                                Map.of("DIBAO", Price.ofYuan("3"), "TEKUN", Price.ofYuan("0"), "AGE80", Price.ofYuan("10"))),
                        new SetMenu("B", "B套餐", List.of("蒸水蛋", "炒青菜"), Price.ofYuan("13"), Map.of())));
        store.menus().save(menu);
        return menu;
    }

    public static BookingRequest request(String id, LocalDate date, String residentId, boolean delivery) {
        return new BookingRequest(id, CANTEEN, date, Meal.LUNCH, "A", residentId, null, delivery, "wt-station-1");
    }
}
