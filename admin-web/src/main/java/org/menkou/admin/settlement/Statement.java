package org.menkou.admin.settlement;

import java.util.List;

/**
 * One canteen's settlement of one month, as computed from its bookings or as frozen when the month was closed.
 * Amounts in fen. Served meals are the confirmed bookings staff marked 取了 / 送到了; the others are listed in
 * {@code unserved} and not subsidised.
 *
 * @param month        {@code YYYY-MM}
 * @param tiers        the served meals summed per tier, set and prices (walk-ins last)
 * @param served       every served meal
 * @param unserved     booked, not marked picked up or delivered
 * @param flags        residents whose record (tier, station, deletion) changed during the month
 * @param totals       the sums over {@code served}
 */
public record Statement(String canteenId, String canteenName, String month, List<TierLine> tiers,
                        List<ServedMeal> served, List<UnservedMeal> unserved, List<ResidentFlag> flags, Totals totals) {
    public Statement {
        tiers = List.copyOf(tiers);
        served = List.copyOf(served);
        unserved = List.copyOf(unserved);
        flags = List.copyOf(flags);
    }

    /**
     * Served meals of one tier (散客 for walk-ins) and set at one pair of prices.
     *
     * @param baseFen  the set's full price
     * @param priceFen what the resident pays
     */
    public record TierLine(String tierName, String setName, int baseFen, int priceFen, int meals, long paidFen,
                           long subsidyFen) {
        public String baseYuan() {
            return Money.yuan(baseFen);
        }

        public String priceYuan() {
            return Money.yuan(priceFen);
        }

        public String paidYuan() {
            return Money.yuan(paidFen);
        }

        public String subsidyYuan() {
            return Money.yuan(subsidyFen);
        }
    }

    /**
     * One served meal.
     *
     * @param resident masked name (张*英), or 散客
     * @param tierName the tier it is priced by (the resident's on the meal's day), or 散客
     * @param note     why this meal needs a look (priced by another tier than booked, not registered that day …), or empty
     */
    public record ServedMeal(String date, String meal, int number, String setName, String resident, String tierName,
                             int baseFen, int priceFen, int subsidyFen, String note) {
        public String baseYuan() {
            return Money.yuan(baseFen);
        }

        public String priceYuan() {
            return Money.yuan(priceFen);
        }

        public String subsidyYuan() {
            return Money.yuan(subsidyFen);
        }
    }

    /** A confirmed booking nobody marked picked up or delivered: not subsidised. */
    public record UnservedMeal(String date, String meal, int number, String setName, String resident, String tierName,
                               int priceFen) {
        public String priceYuan() {
            return Money.yuan(priceFen);
        }
    }

    /** A resident whose record changed during the month: when (date in the centre's zone) and what. */
    public record ResidentFlag(String resident, String date, String change) {
    }

    /**
     * @param meals        served meals, walk-ins included
     * @param walkIns      served meals of walk-ins
     * @param walkInFen    what walk-ins paid (full price)
     * @param paidFen      what everyone paid for the served meals, walk-ins included
     * @param subsidyFen   the subsidy the street owes for them
     */
    public record Totals(int meals, int walkIns, long walkInFen, long paidFen, long subsidyFen) {
        public String walkInYuan() {
            return Money.yuan(walkInFen);
        }

        public String paidYuan() {
            return Money.yuan(paidFen);
        }

        public String subsidyYuan() {
            return Money.yuan(subsidyFen);
        }
    }
}
