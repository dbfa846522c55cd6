package org.menkou.admin.meals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.menkou.content.Meal;

/**
 * What one canteen cooks and delivers on one day: confirmed bookings only.
 *
 * @param meals     per meal, in {@link Meal} order
 */
public record DailySheet(String canteenId, String canteenName, LocalDate date, List<MealCounts> meals) {
    /**
     * @param perSet     set code → number of meals (sorted by code)
     * @param setNames   set code → the set's one name as the menu gives it (A套餐 …), for every code in {@code perSet}
     * @param deliveries delivery list grouped by station name (sorted), each in booking-number order
     */
    public record MealCounts(Meal meal, Map<String, Integer> perSet, Map<String, String> setNames, int dineIn,
                             int delivery, Map<String, List<SheetLine>> deliveries, List<SheetLine> all) {
        public int total() {
            return dineIn + delivery;
        }

        /** How many deliveries of this meal have no address to deliver to. */
        public long missingAddresses() {
            return all.stream().filter(SheetLine::addressMissing).count();
        }

        public String label() {
            return meal.label();
        }
    }

    /**
     * One confirmed booking on the sheet.
     *
     * @param setName the set's one name as the menu gives it (A套餐), the same the kiosk showed the resident
     * @param name    masked (张*英), or 散客 for a walk-in
     * @param address the delivery address as the viewer may see it (masked for volunteers), or empty
     * @param price    the price as text (12.5元)
     * @param priceFen the same price in fen, for exports
     */
    public record SheetLine(int number, String setCode, String setName, String name, boolean delivery, String stationName,
                            String address, String price, boolean proxy, boolean pickedUp, String bookingId,
                            int priceFen) {
        /** True for a delivery with no address on file: someone must ask the resident before the round. */
        public boolean addressMissing() {
            return delivery && (address == null || address.isBlank());
        }
    }
}
