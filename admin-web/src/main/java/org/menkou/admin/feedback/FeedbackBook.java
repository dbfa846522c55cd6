package org.menkou.admin.feedback;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Meal;
import org.menkou.content.ServiceItem;
import org.menkou.content.SetMenu;
import org.menkou.content.Station;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.FeedbackAnswer.Rating;
import org.menkou.content.protocol.FeedbackAnswer.Reason;
import org.menkou.content.protocol.FeedbackAnswer.Subject;
import org.menkou.content.protocol.ResidentNews.FeedbackQuestion;
import org.menkou.content.store.ContentStore;

/**
 * Residents' answers to 满意吗？: which meal or request a resident is owed a question about, the answers kept (the
 * first per subject; a later one is ignored), and the weekly satisfaction per canteen and per service provider.
 * A question is owed for a meal picked up (or marked delivered: staff mark it, so it was served whatever its date
 * says) and for a request done, within {@link #ASK_WITHIN_DAYS} days, that has no answer yet: the newest of them.
 * Thread-safe.
 */
public final class FeedbackBook {
    /** How long after a meal or a finished request the resident is still asked about it. */
    public static final int ASK_WITHIN_DAYS = 14;
    /** Instants as the admin tables keep them: UTC, always three fraction digits, so text order is time order. */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private final Jdbi jdbi;
    private final ContentStore store;
    private final Clock clock;
    private final ZoneId zone;

    public FeedbackBook(Jdbi jdbi, ContentStore store, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    /** Why an answer was not kept (the kiosk sets such an event aside). */
    public enum Refusal {
        /** The meal was not picked up, the request not done, or it is someone else's. */
        NOT_ASKABLE
    }

    /**
     * Keeps {@code a} inside the caller's transaction unless its subject has an answer already; returns empty when
     * kept or ignored as a repeat, or the refusal when the subject is not the resident's to rate.
     */
    public Optional<Refusal> record(Handle h, FeedbackAnswer a) {
        Optional<Rated> rated = a.subject() == Subject.MEAL ? meal(h, a.subjectId(), a.residentId())
                : request(h, a.subjectId(), a.residentId());
        if (rated.isEmpty()) {
            return Optional.of(Refusal.NOT_ASKABLE);
        }
        Rated r = rated.get();
        h.createUpdate("""
                        INSERT INTO feedback (subject, subject_id, resident_id, rating, reason, about, about_name,
                          served_on, answered_at)
                        VALUES (:subject, :id, :resident, :rating, :reason, :about, :aboutName, :served, :now)
                        ON CONFLICT (subject, subject_id) DO NOTHING""")
                .bind("subject", a.subject().name()).bind("id", a.subjectId()).bind("resident", a.residentId())
                .bind("rating", a.rating().name()).bind("reason", a.reason() == null ? null : a.reason().name())
                .bind("about", r.about()).bind("aboutName", r.aboutName()).bind("served", r.servedOn().toString())
                .bind("now", SORTABLE.format(Instant.now(clock))).execute();
        return Optional.empty();
    }

    /** What a rated subject is about: the canteen or provider, and the day it was served. */
    private record Rated(String about, String aboutName, LocalDate servedOn) {
    }

    /** A meal is served on the day staff marked it picked up or delivered (in the centre's zone). */
    private Optional<Rated> meal(Handle h, String bookingId, String residentId) {
        return h.createQuery("""
                        SELECT canteen_id, picked_up_at FROM meal_booking WHERE id = :id AND resident_id = :resident
                          AND status = 'CONFIRMED' AND picked_up_at IS NOT NULL""")
                .bind("id", bookingId).bind("resident", residentId)
                .map((rs, ctx) -> new Rated(rs.getString(1), canteenName(rs.getString(1)),
                        Instant.parse(rs.getString(2)).atZone(zone).toLocalDate()))
                .findOne();
    }

    private Optional<Rated> request(Handle h, String requestId, String residentId) {
        return h.createQuery("""
                        SELECT subject_id, subject_name, closed_at FROM service_request WHERE id = :id
                          AND resident_id = :resident AND state = 'DONE'""")
                .bind("id", requestId).bind("resident", residentId)
                .map((rs, ctx) -> {
                    String provider = provider(rs.getString(1), rs.getString(2));
                    return new Rated(provider, provider, Instant.parse(rs.getString(3)).atZone(zone).toLocalDate());
                })
                .findOne();
    }

    /** The provider of a service item (服务承接方), or the service's own name when the item is gone. */
    private String provider(String serviceId, String serviceName) {
        return store.services().find(serviceId).map(ServiceItem::provider).map(p -> p.lines().findFirst().orElse(p))
                .map(p -> p.length() > 40 ? p.substring(0, 40) : p).orElse(serviceName);
    }

    private String canteenName(String canteenId) {
        return store.stations().find(canteenId).map(Station::name).orElse(canteenId);
    }

    /** The one question {@code residentId} is owed now, if any: the newest unanswered meal or finished request. */
    public Optional<FeedbackQuestion> questionFor(String residentId) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String since = today.minusDays(ASK_WITHIN_DAYS).toString();
        return jdbi.withHandle(h -> {
            Optional<FeedbackQuestion> meal = h.createQuery("""
                            SELECT b.id, b.canteen_id, b.date, b.meal, b.set_code FROM meal_booking b
                            WHERE b.resident_id = :resident AND b.status = 'CONFIRMED' AND b.picked_up_at IS NOT NULL
                              AND b.date >= :since
                              AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.subject = 'MEAL' AND f.subject_id = b.id)
                            ORDER BY b.date DESC, b.meal DESC""")
                    .bind("resident", residentId).bind("since", since)
                    .map((rs, ctx) -> {
                        LocalDate day = LocalDate.parse(rs.getString(3));
                        Meal m = Meal.valueOf(rs.getString(4));
                        return new FeedbackQuestion(Subject.MEAL, rs.getString(1), day, m,
                                setName(rs.getString(2), day, m, rs.getString(5)));
                    })
                    .findFirst();
            Optional<FeedbackQuestion> request = h.createQuery("""
                            SELECT r.id, r.subject_name, r.closed_at FROM service_request r
                            WHERE r.resident_id = :resident AND r.state = 'DONE' AND r.closed_at >= :since
                              AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.subject = 'REQUEST' AND f.subject_id = r.id)
                            ORDER BY r.closed_at DESC""")
                    .bind("resident", residentId).bind("since", since)
                    .map((rs, ctx) -> new FeedbackQuestion(Subject.REQUEST, rs.getString(1),
                            Instant.parse(rs.getString(3)).atZone(zone).toLocalDate(), null, rs.getString(2)))
                    .findFirst();
            return java.util.stream.Stream.of(meal, request).flatMap(Optional::stream)
                    .max(Comparator.comparing(FeedbackQuestion::day));
        });
    }

    private String setName(String canteenId, LocalDate day, Meal meal, String code) {
        return store.menus().find(canteenId, day, meal)
                .flatMap(m -> m.sets().stream().filter(s -> s.code().equals(code)).findFirst())
                .map(SetMenu::name).orElse(code + "套餐");
    }

    /** One week of answers about one canteen or provider: counts per rating and per reason. */
    public record Week(String about, String aboutName, LocalDate monday, Map<Rating, Integer> ratings,
                       Map<Reason, Integer> reasons) {
        public int answered() {
            return ratings.getOrDefault(Rating.SATISFIED, 0) + ratings.getOrDefault(Rating.OKAY, 0)
                    + ratings.getOrDefault(Rating.UNSATISFIED, 0);
        }

        public int count(Rating r) {
            return ratings.getOrDefault(r, 0);
        }

        /** Satisfied answers as a whole percentage of those answered (skips not counted); 0 when none. */
        public int satisfiedPercent() {
            return answered() == 0 ? 0 : Math.round(100f * count(Rating.SATISFIED) / answered());
        }
    }

    /** Weekly counts of subject {@code subject} served from {@code from} to {@code to}, per canteen or provider. */
    public List<Week> weeks(Subject subject, LocalDate from, LocalDate to) {
        Map<String, Week> byKey = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT about, about_name, served_on, rating, reason FROM feedback
                        WHERE subject = :subject AND served_on >= :from AND served_on <= :to""")
                .bind("subject", subject.name()).bind("from", from.toString()).bind("to", to.toString())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .forEach(r -> {
                    LocalDate monday = LocalDate.parse(r[2]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    Week w = byKey.computeIfAbsent(r[0] + "|" + monday, k -> new Week(r[0], r[1], monday,
                            new EnumMap<>(Rating.class), new EnumMap<>(Reason.class)));
                    w.ratings().merge(Rating.valueOf(r[3]), 1, Integer::sum);
                    if (r[4] != null) {
                        w.reasons().merge(Reason.valueOf(r[4]), 1, Integer::sum);
                    }
                }));
        return new ArrayList<>(byKey.values());
    }

    /**
     * One 不满意 answer for follow-up.
     *
     * @param what       what was rated as staff read it: 午餐 A套餐, or the service's name
     * @param followedUp the follow-up note, or null while nobody has followed it up
     */
    public record Unsatisfied(Subject subject, String subjectId, String residentId, Reason reason, String what,
                              String aboutName, LocalDate servedOn, Instant answeredAt, String followedUp) {
    }

    /** The 不满意 answers since {@code from}, those not yet followed up first, newest first. */
    public List<Unsatisfied> unsatisfied(LocalDate from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT f.subject, f.subject_id, f.resident_id, f.reason, f.about_name, f.served_on, f.answered_at,
                          f.followed_up, b.canteen_id, b.meal, b.set_code, r.subject_name
                        FROM feedback f
                        LEFT JOIN meal_booking b ON f.subject = 'MEAL' AND b.id = f.subject_id
                        LEFT JOIN service_request r ON f.subject = 'REQUEST' AND r.id = f.subject_id
                        WHERE f.rating = 'UNSATISFIED' AND f.served_on >= :from
                        ORDER BY CASE WHEN f.followed_up IS NULL THEN 0 ELSE 1 END, f.answered_at DESC""")
                .bind("from", from.toString())
                .map((rs, ctx) -> {
                    LocalDate served = LocalDate.parse(rs.getString(6));
                    String what = rs.getString(10) != null ? mealWhat(rs.getString(9), served, rs.getString(10),
                            rs.getString(11)) : rs.getString(12) != null ? rs.getString(12) : "";
                    return new Unsatisfied(Subject.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4) == null ? null : Reason.valueOf(rs.getString(4)), what, rs.getString(5), served,
                            Instant.parse(rs.getString(7)), rs.getString(8));
                })
                .list());
    }

    private String mealWhat(String canteenId, LocalDate day, String meal, String code) {
        Meal m = Meal.valueOf(meal);
        return m.label() + " " + setName(canteenId, day, m, code);
    }

    /** Records that someone followed up the 不满意 answer about {@code subject} {@code subjectId}; false if none. */
    public boolean followUp(Subject subject, String subjectId, String note) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE feedback SET followed_up = :note WHERE subject = :subject AND subject_id = :id
                          AND rating = 'UNSATISFIED'""")
                .bind("note", note).bind("subject", subject.name()).bind("id", subjectId).execute()) == 1;
    }
}
