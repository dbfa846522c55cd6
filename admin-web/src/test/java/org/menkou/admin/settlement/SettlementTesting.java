package org.menkou.admin.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.meals.MealBookingService;

/** Shared set-up of the settlement tests: bookings of past days written as the server stores them. */
final class SettlementTesting {
    static final ZoneId ZONE = MealBookingService.CANTEEN_ZONE;
    static final String CANTEEN = "wt-canteen";
    static final String LI = "r-3f8x1w";      // 李建国, 低保
    static final String WANG = "r-p4n6td";    // 王秀兰, 特困
    static final String CHEN = "r-h9c2vz";    // 陈明, 普通
    static final String ZHANG = "r-7k2m9q";   // 张桂英, 80岁以上

    private SettlementTesting() {
    }

    static Instant at(LocalDate d, int hour) {
        return d.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    /** A booking row of {@code canteen}; {@code status} CONFIRMED or CANCELLED; base null as before V60. */
    static void booking(Jdbi jdbi, String id, String canteen, LocalDate date, String meal, String set, String resident,
                        String tier, int priceFen, Integer baseFen, boolean pickedUp, String status) {
        jdbi.useHandle(h -> {
            int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM meal_booking WHERE canteen_id = ? AND date = ? AND meal = ?")
                    .bind(0, canteen).bind(1, date.toString()).bind(2, meal).mapTo(Integer.class).one();
            h.createUpdate("""
                            INSERT INTO meal_booking (id, canteen_id, date, meal, set_code, resident_id, tier_code, delivery,
                              station_id, status, number, price_fen, base_price_fen, created_at, picked_up_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'wt-station-1', ?, ?, ?, ?, ?, ?)""")
                    .bind(0, id).bind(1, canteen).bind(2, date.toString()).bind(3, meal).bind(4, set).bind(5, resident)
                    .bind(6, tier).bind(7, status).bind(8, number).bind(9, priceFen).bind(10, baseFen)
                    .bind(11, at(date.minusDays(1), 9).toString())
                    .bind(12, pickedUp ? at(date, 12).toString() : null).execute();
        });
    }

    /** A confirmed booking at the demo canteen. */
    static void booking(Jdbi jdbi, String id, LocalDate date, String meal, String set, String resident, String tier,
                        int priceFen, Integer baseFen, boolean pickedUp) {
        booking(jdbi, id, CANTEEN, date, meal, set, resident, tier, priceFen, baseFen, pickedUp, "CONFIRMED");
    }

    /**
     * November 2026 at the demo canteen: five served meals (低保 A, 特困 A, 普通 B dinner, a walk-in A, 80岁以上 A),
     * one booked and not picked up, and bookings that do not count (December, October, cancelled, another canteen).
     * Served: paid 41.00, subsidy 32.00.
     */
    static void november(Jdbi jdbi) {
        LocalDate nov = LocalDate.of(2026, 11, 1);
        booking(jdbi, "b-nov-01", nov.plusDays(2), "LUNCH", "A", LI, "DIBAO", 300, 1500, true);
        booking(jdbi, "b-nov-02", nov.plusDays(2), "LUNCH", "A", WANG, "TEKUN", 0, 1500, true);
        booking(jdbi, "b-nov-03", nov.plusDays(3), "DINNER", "B", CHEN, "STANDARD", 1300, 1300, true);
        booking(jdbi, "b-nov-04", nov.plusDays(3), "LUNCH", "A", null, null, 1500, 1500, true);
        booking(jdbi, "b-nov-05", nov.plusDays(4), "LUNCH", "A", LI, "DIBAO", 300, 1500, false);
        booking(jdbi, "b-nov-06", nov.plusDays(5), "LUNCH", "A", ZHANG, "AGE80", 1000, 1500, true);
        booking(jdbi, "b-dec-01", LocalDate.of(2026, 12, 1), "LUNCH", "A", LI, "DIBAO", 300, 1500, true);
        booking(jdbi, "b-oct-31", LocalDate.of(2026, 10, 31), "LUNCH", "A", LI, "DIBAO", 300, 1500, true);
        booking(jdbi, "b-nov-cx", CANTEEN, nov.plusDays(6), "LUNCH", "A", LI, "DIBAO", 300, 1500, true, "CANCELLED");
        booking(jdbi, "b-nov-oc", "wt-station-1", nov.plusDays(6), "LUNCH", "A", LI, "DIBAO", 300, 1500, true,
                "CONFIRMED");
    }
}
