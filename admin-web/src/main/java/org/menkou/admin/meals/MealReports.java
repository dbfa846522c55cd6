package org.menkou.admin.meals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Meal;
import org.menkou.content.Price;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;

/**
 * Read-only views of the bookings for the admin site: the daily sheet, meals per day, the station's booking list
 * and the wellbeing follow-up list; plus the residents' delivery addresses (personal data: full text only for
 * advisors and admins, {@link #maskAddress} for volunteers).
 */
public final class MealReports {
    private final Jdbi jdbi;
    private final ContentStore store;
    private final ZoneId zone;
    private final Clock clock;

    public MealReports(Jdbi jdbi, ContentStore store, ZoneId zone, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.zone = zone;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** @param fullAddresses true for advisors and admins; volunteers get masked addresses */
    public DailySheet sheet(String canteenId, LocalDate date, boolean fullAddresses) {
        List<DailySheet.MealCounts> meals = new ArrayList<>();
        for (Meal meal : Meal.values()) {
            Map<String, String> names = setNames(canteenId, date, meal);
            List<DailySheet.SheetLine> lines = lines(canteenId, date, meal, fullAddresses, names);
            Map<String, Integer> perSet = new TreeMap<>();
            Map<String, List<DailySheet.SheetLine>> deliveries = new TreeMap<>();
            int dineIn = 0;
            for (DailySheet.SheetLine l : lines) {
                perSet.merge(l.setCode(), 1, Integer::sum);
                if (l.delivery()) {
                    deliveries.computeIfAbsent(l.stationName(), k -> new ArrayList<>()).add(l);
                } else {
                    dineIn++;
                }
            }
            Map<String, String> shownNames = new TreeMap<>();
            perSet.keySet().forEach(code -> shownNames.put(code, setName(names, code)));
            meals.add(new DailySheet.MealCounts(meal, perSet, shownNames, dineIn, lines.size() - dineIn, deliveries,
                    lines));
        }
        return new DailySheet(canteenId, stationName(canteenId), date, meals);
    }

    /** Set code → name of the menu of one canteen's meal; empty when the menu is gone. */
    private Map<String, String> setNames(String canteenId, LocalDate date, Meal meal) {
        Map<String, String> names = new TreeMap<>();
        store.menus().find(canteenId, date, meal).ifPresent(m -> m.sets().forEach(s -> names.put(s.code(), s.name())));
        return names;
    }

    /** The set's name as its menu gives it, or the code with 套餐 when the menu is gone (as the kiosk does). */
    private static String setName(Map<String, String> names, String code) {
        return names.getOrDefault(code, code + "套餐");
    }

    private List<DailySheet.SheetLine> lines(String canteenId, LocalDate date, Meal meal, boolean fullAddresses,
                                             Map<String, String> names) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT b.id, b.number, b.set_code, b.resident_id, b.delivery, b.station_id, b.price_fen,
                               b.proxy_by, b.picked_up_at, a.address
                        FROM meal_booking b LEFT JOIN resident_address a ON a.resident_id = b.resident_id
                        WHERE b.canteen_id = ? AND b.date = ? AND b.meal = ? AND b.status = 'CONFIRMED'
                        ORDER BY b.number""")
                .bind(0, canteenId).bind(1, date.toString()).bind(2, meal.name())
                .map((rs, ctx) -> {
                    String resident = rs.getString(4);
                    boolean delivery = rs.getInt(5) == 1;
                    String address = delivery && rs.getString(10) != null
                            ? (fullAddresses ? rs.getString(10) : maskAddress(rs.getString(10))) : "";
                    String stationId = rs.getString(6);
                    String homeStation = resident == null ? stationId
                            : store.residents().find(resident).map(Resident::homeStationId).orElse(stationId);
                    return new DailySheet.SheetLine(rs.getInt(2), rs.getString(3), setName(names, rs.getString(3)),
                            maskedName(resident), delivery,
                            delivery ? stationName(homeStation) : stationName(stationId), address,
                            new Price(rs.getInt(7)).toYuanText(), rs.getString(8) != null, rs.getString(9) != null,
                            rs.getString(1), rs.getInt(7));
                })
                .list());
    }

    /** Meals (confirmed bookings) per day for the {@code days} days ending today, oldest first. */
    public Map<LocalDate, Integer> mealsPerDay(String canteenId, int days) {
        LocalDate to = today();
        LocalDate from = to.minusDays(days - 1L);
        Map<LocalDate, Integer> out = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.put(d, 0);
        }
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT date, COUNT(*) FROM meal_booking WHERE canteen_id = ? AND status = 'CONFIRMED'
                        AND date BETWEEN ? AND ? GROUP BY date""")
                .bind(0, canteenId).bind(1, from.toString()).bind(2, to.toString())
                .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString(1)), rs.getInt(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** A booking as the station's staff list shows it (any status, newest first). */
    public record StationBooking(String date, String meal, String setName, String name, String status, Integer number,
                                 String reason, boolean delivery, boolean proxy) {
    }

    /** The bookings made at (or by proxy for residents of) {@code stationId} for meals from {@code from} on. */
    public List<StationBooking> stationBookings(String stationId, LocalDate from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT date, meal, set_code, resident_id, status, number, reason, delivery, proxy_by, canteen_id
                        FROM meal_booking WHERE station_id = ? AND date >= ? ORDER BY date DESC, created_at DESC LIMIT 500""")
                .bind(0, stationId).bind(1, from.toString())
                .map((rs, ctx) -> new StationBooking(rs.getString(1), Meal.valueOf(rs.getString(2)).label(),
                        setName(setNames(rs.getString(10), LocalDate.parse(rs.getString(1)),
                                Meal.valueOf(rs.getString(2))), rs.getString(3)),
                        maskedName(rs.getString(4)), BookingStatus.ofStored(rs.getString(5)).label(),
                        (Integer) rs.getObject(6), rs.getString(7), rs.getInt(8) == 1, rs.getString(9) != null))
                .list());
    }

    /**
     * A resident for the wellbeing follow-up list.
     *
     * @param usualMeals confirmed meals in the 30 days before the quiet period
     * @param lastMeal   date of the last confirmed meal (booked), or null
     * @param why        没有订餐 or 订了没取
     */
    public record FollowUp(String residentId, String name, String stationName, int usualMeals, String lastMeal,
                           String why) {
    }

    /**
     * Residents who usually book ({@code minUsual} or more meals in the 30 days before the last {@code quietDays})
     * but in the last {@code quietDays} days (today included) booked nothing, or picked up none of the meals they
     * booked for days already past.
     */
    public List<FollowUp> followUps(int quietDays, int minUsual) {
        LocalDate today = today();
        LocalDate quietFrom = today.minusDays(quietDays - 1L);
        LocalDate usualFrom = quietFrom.minusDays(30);
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT resident_id,
                          SUM(CASE WHEN date >= :usualFrom AND date < :quietFrom THEN 1 ELSE 0 END) AS usual,
                          SUM(CASE WHEN date >= :quietFrom THEN 1 ELSE 0 END) AS recent,
                          SUM(CASE WHEN date >= :quietFrom AND date < :today AND picked_up_at IS NOT NULL THEN 1 ELSE 0 END) AS picked,
                          SUM(CASE WHEN date >= :quietFrom AND date < :today THEN 1 ELSE 0 END) AS recentPast,
                          MAX(date) AS last
                        FROM meal_booking WHERE resident_id IS NOT NULL AND status = 'CONFIRMED' AND date >= :usualFrom
                        GROUP BY resident_id ORDER BY resident_id""")
                .bind("usualFrom", usualFrom.toString()).bind("quietFrom", quietFrom.toString())
                .bind("today", today.toString())
                .map((rs, ctx) -> {
                    int usual = rs.getInt("usual");
                    int recent = rs.getInt("recent");
                    boolean noneTaken = rs.getInt("recentPast") > 0 && rs.getInt("picked") == 0;
                    if (usual < minUsual || (recent > 0 && !noneTaken)) {
                        return null;
                    }
                    String id = rs.getString("resident_id");
                    Optional<Resident> r = store.residents().find(id);
                    return new FollowUp(id, maskedName(id), r.map(x -> stationName(x.homeStationId())).orElse(""),
                            usual, rs.getString("last"), recent == 0 ? "没有订餐" : "订了没取");
                })
                .list().stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Where a booking was made ({@code stationId}, null for the admin site) and which canteen serves it. */
    public record BookingPlace(String stationId, String canteenId) {
        /** True when a volunteer of {@code station} acts for this booking: booked there, or served by its canteen. */
        public boolean concerns(String station) {
            return station != null && (station.equals(stationId) || station.equals(canteenId));
        }
    }

    public Optional<BookingPlace> place(String bookingId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT station_id, canteen_id FROM meal_booking WHERE id = ?")
                .bind(0, bookingId).map((rs, ctx) -> new BookingPlace(rs.getString(1), rs.getString(2))).findOne());
    }

    /** {@link #followUps(int, int)} narrowed to residents whose home station is {@code homeStationId}. */
    public List<FollowUp> followUps(int quietDays, int minUsual, String homeStationId) {
        return followUps(quietDays, minUsual).stream().filter(f -> store.residents().find(f.residentId())
                .map(r -> r.homeStationId().equals(homeStationId)).orElse(false)).toList();
    }

    /** Marks a confirmed booking as picked up (or delivered); false when there is no such confirmed booking. */
    public boolean markPickedUp(String bookingId) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE meal_booking SET picked_up_at = ? WHERE id = ? AND status = 'CONFIRMED' AND picked_up_at IS NULL")
                .bind(0, clock.instant().toString()).bind(1, bookingId).execute()) == 1;
    }

    public Optional<String> address(String residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT address FROM resident_address WHERE resident_id = ?")
                .bind(0, residentId).mapTo(String.class).findOne());
    }

    public void saveAddress(String residentId, String address) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO resident_address (resident_id, address) VALUES (?, ?)
                        ON CONFLICT (resident_id) DO UPDATE SET address = excluded.address""")
                .bind(0, residentId).bind(1, address).execute());
    }

    /** What a volunteer sees of an address: the first 6 characters, then ***, e.g. 幸福路88弄*** . */
    public static String maskAddress(String address) {
        int[] cps = address.codePoints().toArray();
        int keep = Math.min(6, Math.max(0, cps.length - 2));
        return new String(cps, 0, keep) + "***";
    }

    private String maskedName(String residentId) {
        if (residentId == null) {
            return "散客";
        }
        return store.residents().find(residentId).map(Resident::maskedName).orElse("未登记居民");
    }

    /** The last four digits of each resident's emergency contact phone, by resident id (residents with one only). */
    public Map<String, String> contactPhoneTails() {
        return jdbi.withHandle(h -> h.createQuery("SELECT resident_id, contact_phone FROM resident_contact")
                .reduceRows(new HashMap<String, String>(), (m, row) -> {
                    String digits = row.getColumn(2, String.class) == null ? ""
                            : row.getColumn(2, String.class).replaceAll("\\D", "");
                    if (digits.length() >= 4) {
                        m.put(row.getColumn(1, String.class), digits.substring(digits.length() - 4));
                    }
                    return m;
                }));
    }

    public String stationName(String stationId) {
        if (stationId == null) {
            return "未知站点";
        }
        return store.stations().find(stationId).map(Station::name).orElse(stationId);
    }
}
