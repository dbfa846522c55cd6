package org.menkou.admin.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Meal;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;

/**
 * Computes a canteen's month from its confirmed bookings: each served meal is priced by the tier its resident had
 * on the meal's day ({@link ResidentHistory}); the subsidy is the set's full price less that price; walk-ins pay the
 * full price. Reads only; thread-safe.
 */
public final class SettlementCalculator {
    static final String WALK_IN = "散客";
    private final Jdbi jdbi;
    private final ContentStore store;
    private final ResidentHistory history;
    private final ZoneId zone;

    public SettlementCalculator(Jdbi jdbi, ContentStore store, ResidentHistory history, ZoneId zone) {
        this.jdbi = jdbi;
        this.store = store;
        this.history = history;
        this.zone = zone;
    }

    /** A confirmed booking of the month as stored. */
    record Booking(String date, Meal meal, int number, String setCode, String residentId, String tierCode,
                   int priceFen, Integer baseFen, boolean servedFlag) {
    }

    public Statement compute(String canteenId, YearMonth month) {
        List<Booking> bookings = bookings(canteenId, month);
        Set<String> residents = new TreeSet<>();
        bookings.stream().filter(b -> b.residentId() != null).forEach(b -> residents.add(b.residentId()));
        Map<String, List<ResidentHistory.Change>> changes = history.of(residents);
        Map<String, String> tierNames = new LinkedHashMap<>();
        store.tiers().all().forEach(t -> tierNames.put(t.code(), t.name()));
        Map<String, Optional<Resident>> records = new HashMap<>();
        residents.forEach(id -> records.put(id, store.residents().find(id)));
        Pricing pricing = new Pricing(store, zone, changes, tierNames);

        List<Statement.ServedMeal> served = new ArrayList<>();
        List<Statement.UnservedMeal> unserved = new ArrayList<>();
        for (Booking b : bookings) {
            String who = b.residentId() == null ? WALK_IN
                    : records.get(b.residentId()).map(Resident::maskedName).orElse("已删除居民");
            if (b.servedFlag()) {
                served.add(pricing.price(canteenId, b, who));
            } else {
                unserved.add(new Statement.UnservedMeal(b.date(), b.meal().label(), b.number(),
                        pricing.setName(canteenId, b), who, b.residentId() == null ? WALK_IN
                        : tierNames.getOrDefault(b.tierCode(), b.tierCode()), b.priceFen()));
            }
        }
        List<Statement.ResidentFlag> flags = flags(month, residents, changes, records, tierNames);
        return new Statement(canteenId, store.stations().find(canteenId).map(Station::name).orElse(canteenId),
                month.toString(), tierLines(served, tierNames), served, unserved, flags, totals(served));
    }

    private List<Booking> bookings(String canteenId, YearMonth month) {
        List<Booking> out = jdbi.withHandle(h -> h.createQuery("""
                        SELECT date, meal, number, set_code, resident_id, tier_code, price_fen, base_price_fen, picked_up_at
                        FROM meal_booking WHERE canteen_id = ? AND status = 'CONFIRMED' AND date >= ? AND date <= ?""")
                .bind(0, canteenId).bind(1, month.atDay(1).toString()).bind(2, month.atEndOfMonth().toString())
                .map((rs, ctx) -> new Booking(rs.getString(1), Meal.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), (Integer) rs.getObject(8),
                        rs.getString(9) != null))
                .list());
        List<Booking> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Booking::date).thenComparing(Booking::meal).thenComparingInt(Booking::number));
        return sorted;
    }

    /** Served meals summed per tier (in the tiers' order, walk-ins last), set and prices. */
    private static List<Statement.TierLine> tierLines(List<Statement.ServedMeal> served, Map<String, String> tierNames) {
        List<String> order = new ArrayList<>(tierNames.values());
        Map<List<Object>, Statement.TierLine> lines = new HashMap<>();
        for (Statement.ServedMeal m : served) {
            List<Object> key = List.of(m.tierName(), m.setName(), m.baseFen(), m.priceFen());
            Statement.TierLine was = lines.getOrDefault(key,
                    new Statement.TierLine(m.tierName(), m.setName(), m.baseFen(), m.priceFen(), 0, 0, 0));
            lines.put(key, new Statement.TierLine(was.tierName(), was.setName(), was.baseFen(), was.priceFen(),
                    was.meals() + 1, was.paidFen() + m.priceFen(), was.subsidyFen() + m.subsidyFen()));
        }
        Comparator<Statement.TierLine> byTier = Comparator.comparingInt(l -> rank(order, l.tierName()));
        return lines.values().stream().sorted(byTier.thenComparing(Statement.TierLine::setName)
                .thenComparing(Comparator.comparingInt(Statement.TierLine::priceFen).reversed())).toList();
    }

    private static int rank(List<String> order, String tierName) {
        int i = order.indexOf(tierName);
        return WALK_IN.equals(tierName) ? Integer.MAX_VALUE : i < 0 ? order.size() : i;
    }

    private static Statement.Totals totals(List<Statement.ServedMeal> served) {
        int walkIns = 0;
        long walkInFen = 0;
        long paid = 0;
        long subsidy = 0;
        for (Statement.ServedMeal m : served) {
            paid += m.priceFen();
            subsidy += m.subsidyFen();
            if (WALK_IN.equals(m.resident())) {
                walkIns++;
                walkInFen += m.priceFen();
            }
        }
        return new Statement.Totals(served.size(), walkIns, walkInFen, paid, subsidy);
    }

    private List<Statement.ResidentFlag> flags(YearMonth month, Set<String> residents,
                                               Map<String, List<ResidentHistory.Change>> changes,
                                               Map<String, Optional<Resident>> records, Map<String, String> tierNames) {
        List<Statement.ResidentFlag> out = new ArrayList<>();
        for (String id : residents) {
            for (ResidentHistory.Change c : changes.getOrDefault(id, List.of())) {
                LocalDate day = c.at().atZone(zone).toLocalDate();
                if (YearMonth.from(day).equals(month)) {
                    String who = records.get(id).map(Resident::maskedName).orElse("已删除居民") + "（" + id + "）";
                    out.add(new Statement.ResidentFlag(who, day.toString(), describe(c, tierNames)));
                }
            }
        }
        return out;
    }

    private String describe(ResidentHistory.Change c, Map<String, String> tierNames) {
        if (c.deleted()) {
            return "居民记录已删除（原补贴档次 " + tierNames.getOrDefault(c.prevTierCode(), c.prevTierCode()) + "）";
        }
        if (c.created()) {
            return "新登记（补贴档次 " + tierNames.getOrDefault(c.tierCode(), c.tierCode()) + "）";
        }
        List<String> parts = new ArrayList<>();
        if (!c.tierCode().equals(c.prevTierCode())) {
            parts.add("补贴档次 " + tierNames.getOrDefault(c.prevTierCode(), c.prevTierCode()) + " → "
                    + tierNames.getOrDefault(c.tierCode(), c.tierCode()));
        }
        if (!c.homeStationId().equals(c.prevHomeStationId())) {
            parts.add("所属站点 " + stationName(c.prevHomeStationId()) + " → " + stationName(c.homeStationId()));
        }
        return String.join("；", parts);
    }

    private String stationName(String id) {
        return id == null ? "" : store.stations().find(id).map(Station::name).orElse(id);
    }
}
