package org.menkou.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one canteen serves at one meal of one day, with its booking rules.
 *
 * @param cutoff     last time of day (on {@code date}) a booking is taken; not later than {@code serveFrom}
 * @param serveFrom  time of day the meal starts being served
 * @param quota      how many meals can be booked in all; zero means the meal is not offered for booking
 */
public record CanteenMenu(String canteenId, LocalDate date, Meal meal, LocalTime cutoff, LocalTime serveFrom, int quota,
                          List<SetMenu> sets) {
    public CanteenMenu {
        canteenId = Text.slug("canteenId", canteenId);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(meal, "meal");
        if (cutoff == null || serveFrom == null) {
            throw new InvalidContentException("cutoff", "截止时间和开饭时间都要填 (cutoff and serving time are required)");
        }
        if (cutoff.isAfter(serveFrom)) {
            throw new InvalidContentException("cutoff", "订餐截止时间不能晚于开饭时间 (the cutoff must not be after the meal starts)");
        }
        if (quota < 0) {
            throw new InvalidContentException("quota", "名额不能是负数 (must not be negative)");
        }
        if (sets == null || sets.isEmpty() || sets.size() > 6) {
            throw new InvalidContentException("sets", "要有 1 到 6 个套餐 (needs 1 to 6 set menus)");
        }
        Set<String> codes = new HashSet<>();
        for (SetMenu set : sets) {
            if (!codes.add(set.code())) {
                throw new InvalidContentException("sets", "套餐代码重复了: " + set.code() + " (duplicate set code)");
            }
        }
        sets = List.copyOf(sets);
    }

    /** The stable id of this menu, e.g. {@code wt-canteen/2026-11-23/LUNCH}. */
    public String id() {
        return canteenId + "/" + date + "/" + meal;
    }
}
