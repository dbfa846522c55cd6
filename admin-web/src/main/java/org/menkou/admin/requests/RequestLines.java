package org.menkou.admin.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.StaffTime;
import org.menkou.content.Station;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.store.ContentStore;

/**
 * Words a request as one staff member may read it: volunteers get the resident's masked name and phone, advisors
 * and admins the full ones (names from the content store, phones from {@code resident_phone}). Thread-safe.
 */
final class RequestLines {
    /** What the work queue's table shows of one request, every field ready to print. */
    record Line(String id, String created, String station, String resident, String subject, String kind,
                String preferred, String contact, String state, String assignee, String due, boolean overdue,
                String scheduled) {
    }

    private final ContentStore store;
    private final Jdbi jdbi;
    private final StaffTime times;
    private final Clock clock;

    RequestLines(ContentStore store, Jdbi jdbi, StaffTime times, Clock clock) {
        this.store = store;
        this.jdbi = jdbi;
        this.times = times;
        this.clock = clock;
    }

    /** The phones on file by resident id (read once per page). */
    Map<String, String> phones() {
        return jdbi.withHandle(h -> h.createQuery("SELECT resident_id, phone FROM resident_phone")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** {@code r} as {@code user} may read it; {@code phones} from {@link #phones()}. */
    Line line(RequestRow r, User user, Map<String, String> phones) {
        boolean full = user.role() != Role.VOLUNTEER;
        Instant now = clock.instant();
        return new Line(r.id(), times.of(r.createdAt()), stationName(r.stationId()), resident(r, full),
                r.subjectName(), RequestLabels.kind(r.kind()), day(r.preferredDay(), r.preferredHalf()),
                contact(r, full, phones), RequestLabels.state(r.state()), r.assignedTo() == null ? "" : r.assignedTo(),
                times.of(r.contactDue()) + (r.urgent() ? "（当天，加急）" : ""), r.overdue(now), scheduled(r));
    }

    String stationName(String id) {
        return store.stations().find(id).map(Station::name).orElse(id);
    }

    private String resident(RequestRow r, boolean full) {
        if (r.isWalkIn()) {
            return "散客";
        }
        return store.residents().find(r.residentId()).map(p -> full ? p.name() : p.maskedName())
                .orElse(full ? r.residentId() : "（已删除的居民）");
    }

    private static String contact(RequestRow r, boolean full, Map<String, String> phones) {
        if (r.contact() == ServiceRequest.Contact.AT_STATION) {
            return "到站点来";
        }
        String phone = phones.get(r.residentId());
        if (phone == null) {
            return "打电话（没有登记电话）";
        }
        return full ? phone : RequestKioskApi.mask(phone);
    }

    private static String scheduled(RequestRow r) {
        if (r.scheduledDay() == null) {
            return "";
        }
        return day(r.scheduledDay(), r.scheduledHalf()) + "，" + r.scheduledWho() + "，" + r.scheduledWhere();
    }

    /** 12月3日上午. */
    static String day(LocalDate d, ServiceRequest.DayHalf half) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + RequestLabels.half(half);
    }
}
