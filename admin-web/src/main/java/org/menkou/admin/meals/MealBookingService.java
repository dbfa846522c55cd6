package org.menkou.admin.meals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.CanteenMenu;
import org.menkou.content.CentreZone;
import org.menkou.content.DeliveryPolicy;
import org.menkou.content.Resident;
import org.menkou.content.SetMenu;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.store.ContentStore;

/**
 * The booking rules; the server is their authority. Every decision on a meal is made in a transaction that first
 * locks that meal's menu row (a cancellation: its booking's row), so decisions on one meal follow one another on any
 * SQL database and the quota of a canteen's meal is never exceeded whatever the number of kiosks; numbers run 1, 2, …
 * per meal without gaps or repeats (the unique index on canteen, date, meal and number backs this). A booking id is
 * decided once: a retry gets the stored answer. Cutoffs are read in {@code zone} (the canteen's).
 */
public final class MealBookingService {
    /** The time zone of the canteens' cutoffs and serving times. */
    public static final ZoneId CANTEEN_ZONE = CentreZone.DEFAULT;
    private final Jdbi jdbi;
    private final ContentStore store;
    private final Clock clock;
    private final ZoneId zone;

    public MealBookingService(Jdbi jdbi, ContentStore store, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    /** A booking made on the admin site by volunteer {@code username} for a resident who phoned in. */
    public BookingOutcome bookByProxy(BookingRequest request, String username) {
        return jdbi.inTransaction(h -> book(h, request, null, username));
    }

    /** Cancels on the admin site (a resident phoned in). */
    public BookingOutcome cancelOnSite(String bookingId) {
        return jdbi.inTransaction(h -> cancel(h, bookingId));
    }

    /**
     * Decides {@code request} inside the caller's transaction {@code h}, after locking the meal's menu row in it (held
     * until the caller commits).
     *
     * @param kioskId the kiosk it came from, or null
     * @param proxyBy the volunteer booking on the resident's behalf, or null
     */
    public BookingOutcome book(Handle h, BookingRequest request, String kioskId, String proxyBy) {
        lockMeal(h, request);
        Optional<BookingOutcome> earlier = outcome(h, request.bookingId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Decision d = decide(h, request, proxyBy);
        Integer number = null;
        if (d.refusal == null) {
            number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM meal_booking WHERE canteen_id = ? AND date = ? AND meal = ?")
                    .bind(0, request.canteenId()).bind(1, request.date().toString()).bind(2, request.meal().name())
                    .mapTo(Integer.class).one();
        }
        h.createUpdate("""
                        INSERT INTO meal_booking (id, canteen_id, date, meal, set_code, resident_id, tier_code, delivery,
                            station_id, kiosk_id, proxy_by, status, number, price_fen, base_price_fen, reason, refusal, created_at)
                        VALUES (:id, :canteen, :date, :meal, :set, :resident, :tier, :delivery, :station, :kiosk, :proxy,
                            :status, :number, :price, :base, :reason, :refusal, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", request.bookingId()).bind("canteen", request.canteenId())
                .bind("date", request.date().toString()).bind("meal", request.meal().name())
                .bind("set", request.setCode()).bind("resident", request.residentId()).bind("tier", d.tier)
                .bind("delivery", request.delivery() ? 1 : 0).bind("station", request.stationId())
                .bind("kiosk", kioskId).bind("proxy", proxyBy)
                .bind("status", (d.refusal == null ? BookingStatus.CONFIRMED : BookingStatus.REFUSED).name())
                .bind("number", number)
                .bind("price", d.refusal == null ? d.priceFen : null).bind("base", d.baseFen)
                .bind("reason", d.reason).bind("refusal", d.refusal == null ? null : d.refusal.code())
                .bind("at", Instant.now(clock).toString()).execute();
        return outcome(h, request.bookingId()).orElseThrow();
    }

    /** A stored booking as {@link #cancel} weighs it. */
    private record BookedMeal(String canteenId, java.time.LocalDate date, org.menkou.content.Meal meal,
                              BookingStatus status) {
    }

    /** Cancels a confirmed booking before its cutoff, inside the caller's transaction, after locking its row in it. */
    public BookingOutcome cancel(Handle h, String bookingId) {
        h.createUpdate("UPDATE meal_booking SET status = status WHERE id = ?").bind(0, bookingId).execute();
        var row = h.createQuery("SELECT canteen_id, date, meal, status FROM meal_booking WHERE id = ?").bind(0, bookingId)
                .map((rs, ctx) -> new BookedMeal(rs.getString(1), java.time.LocalDate.parse(rs.getString(2)),
                        org.menkou.content.Meal.valueOf(rs.getString(3)), BookingStatus.ofStored(rs.getString(4))))
                .findOne();
        if (row.isEmpty()) {
            return BookingOutcome.refused(bookingId, BookingRefusal.BOOKING_NOT_FOUND, "找不到这份订餐。");
        }
        BookedMeal booked = row.get();
        if (booked.status() == BookingStatus.CANCELLED) {
            return new BookingOutcome(bookingId, BookingOutcome.Status.CANCELLED, null, null, null);
        }
        if (booked.status() != BookingStatus.CONFIRMED) {
            return BookingOutcome.refused(bookingId, BookingRefusal.NOT_BOOKED, "这份订餐没有订上，不用取消。");
        }
        Optional<CanteenMenu> menu = store.menus().find(booked.canteenId(), booked.date(), booked.meal());
        if (menu.isPresent() && pastCutoff(menu.get())) {
            return BookingOutcome.refused(bookingId, BookingRefusal.CANCEL_PAST_CUTOFF,
                    "已经过了截止时间，不能取消了，请打电话给食堂。");
        }
        h.createUpdate("UPDATE meal_booking SET status = 'CANCELLED', cancelled_at = ? WHERE id = ?")
                .bind(0, Instant.now(clock).toString()).bind(1, bookingId).execute();
        return new BookingOutcome(bookingId, BookingOutcome.Status.CANCELLED, null, null, null);
    }

    /** The station a booking was made at (or for), if the booking exists and has one. */
    public Optional<String> stationOf(Handle h, String bookingId) {
        return h.createQuery("SELECT station_id FROM meal_booking WHERE id = ?").bind(0, bookingId)
                .mapTo(String.class).findOne().filter(java.util.Objects::nonNull);
    }

    /** Every booking of {@code residentId} for meals from {@code from} on, as a kiosk shows them (no card). */
    public java.util.List<org.menkou.content.protocol.MealBooking> bookingsOf(String residentId, java.time.LocalDate from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, canteen_id, date, meal, set_code, tier_code, delivery, station_id, status, number,
                               price_fen, reason, refusal
                        FROM meal_booking WHERE resident_id = ? AND date >= ? ORDER BY date, meal, created_at""")
                .bind(0, residentId).bind(1, from.toString())
                .map((rs, ctx) -> new org.menkou.content.protocol.MealBooking(
                        new BookingRequest(rs.getString(1), rs.getString(2), java.time.LocalDate.parse(rs.getString(3)),
                                org.menkou.content.Meal.valueOf(rs.getString(4)), rs.getString(5), residentId,
                                rs.getString(6), rs.getInt(7) == 1, rs.getString(8)),
                        BookingStatus.ofStored(rs.getString(9)).kioskState(),
                        (Integer) rs.getObject(10), (Integer) rs.getObject(11), rs.getString(12),
                        refusal(rs.getString(13))))
                .list());
    }

    /** The day in the canteens' zone now. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(zone));
    }

    /** Confirmed bookings of one canteen's meal. */
    public int confirmedCount(String canteenId, java.time.LocalDate date, org.menkou.content.Meal meal) {
        return jdbi.withHandle(h -> confirmed(h, canteenId, date, meal));
    }

    private static int confirmed(Handle h, String canteenId, java.time.LocalDate date, org.menkou.content.Meal meal) {
        return h.createQuery("SELECT COUNT(*) FROM meal_booking WHERE canteen_id = ? AND date = ? AND meal = ? AND status = 'CONFIRMED'")
                .bind(0, canteenId).bind(1, date.toString()).bind(2, meal.name()).mapTo(Integer.class).one();
    }

    /** The stored decision on {@code bookingId}, if any. */
    public Optional<BookingOutcome> outcome(Handle h, String bookingId) {
        return h.createQuery("SELECT status, number, price_fen, reason, refusal FROM meal_booking WHERE id = ?")
                .bind(0, bookingId)
                .map((rs, ctx) -> new BookingOutcome(bookingId, BookingStatus.ofStored(rs.getString(1)).outcome(),
                        (Integer) rs.getObject(2), (Integer) rs.getObject(3), rs.getString(4), refusal(rs.getString(5))))
                .findOne();
    }

    /**
     * @param refusal null when confirmed; {@code reason} says it in Chinese
     * @param baseFen the set's full price, kept with the booking for the monthly settlement
     */
    private record Decision(BookingRefusal refusal, String reason, String tier, Integer priceFen, Integer baseFen) {
    }

    private Decision decide(Handle h, BookingRequest r, String proxyBy) {
        Optional<CanteenMenu> found = store.menus().find(r.canteenId(), r.date(), r.meal());
        if (found.isEmpty() || found.get().quota() == 0) {
            return refuse(BookingRefusal.MEAL_NOT_OPEN, "这一顿没有开放订餐。");
        }
        CanteenMenu menu = found.get();
        Optional<SetMenu> set = menu.sets().stream().filter(s -> s.code().equals(r.setCode())).findFirst();
        if (set.isEmpty()) {
            return refuse(BookingRefusal.NO_SUCH_SET, "没有这个套餐。");
        }
        if (pastCutoff(menu)) {
            return refuse(BookingRefusal.PAST_CUTOFF, "已经过了订餐截止时间（" + menu.cutoff() + "）。");
        }
        String tier = null;
        if (!r.isWalkIn()) {
            Optional<Resident> resident = store.residents().find(r.residentId());
            if (resident.isEmpty()) {
                return refuse(BookingRefusal.RESIDENT_UNKNOWN, "没有找到这位居民的登记，请问工作人员。");
            }
            tier = resident.get().tierCode();
        }
        if (r.delivery() && !DeliveryPolicy.eligible(tier)) {
            return refuse(BookingRefusal.NO_DELIVERY, "这位居民不在送餐范围，请到食堂吃。");
        }
        if (!r.isWalkIn() && proxyBy == null && alreadyBooked(h, r)) {
            return refuse(BookingRefusal.ALREADY_BOOKED, "这一顿已经订过了，一顿只能订一份。");
        }
        if (confirmed(h, r.canteenId(), r.date(), r.meal()) >= menu.quota()) {
            return refuse(BookingRefusal.QUOTA_FULL, "这一顿的名额已经满了。");
        }
        return new Decision(null, null, tier, set.get().priceFor(tier).fen(), set.get().basePrice().fen());
    }

    private static boolean alreadyBooked(Handle h, BookingRequest r) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM meal_booking WHERE resident_id = ? AND canteen_id = ? AND date = ? AND meal = ?
                        AND status = 'CONFIRMED' AND proxy_by IS NULL""")
                .bind(0, r.residentId()).bind(1, r.canteenId()).bind(2, r.date().toString()).bind(3, r.meal().name())
                .mapTo(Integer.class).one() > 0;
    }

    private boolean pastCutoff(CanteenMenu menu) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        return !now.isBefore(menu.date().atTime(menu.cutoff()));
    }

    private static Decision refuse(BookingRefusal refusal, String reason) {
        return new Decision(refusal, reason, null, null, null);
    }

    /** The stored refusal code, or null (confirmed, or decided before codes were stored). */
    private static BookingRefusal refusal(String code) {
        return code == null ? null : BookingRefusal.fromCode(code).orElse(BookingRefusal.UNKNOWN);
    }

    /**
     * Locks the menu row of the meal {@code r} books (an update that changes nothing) until {@code h} commits, so the
     * reads that follow see every earlier decision on that meal. A meal without a menu has no row to lock: its bookings
     * are refused, and of two concurrent tries of one id the second finds the first one's answer (the insert skips an
     * id already stored).
     */
    private static void lockMeal(Handle h, BookingRequest r) {
        h.createUpdate("UPDATE canteen_menu SET quota = quota WHERE canteen_id = ? AND menu_date = ? AND meal = ?")
                .bind(0, r.canteenId()).bind(1, r.date().toString()).bind(2, r.meal().name()).execute();
    }
}
