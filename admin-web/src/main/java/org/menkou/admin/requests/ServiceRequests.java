package org.menkou.admin.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.menkou.content.Resident;
import org.menkou.content.Text;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ResidentNews;
import org.menkou.content.protocol.ServiceRequest;

/**
 * The work queue of service requests: stores what kiosks send (once per request id), moves requests through their
 * states with a note per step (each step kept in {@code service_request_step}), and answers what a resident hears
 * at their next scan. A step is decided in a transaction that re-reads the request's row, so two advisors acting at
 * once cannot both move it from the same state. Thread-safe.
 */
public final class ServiceRequests {
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_NOTE = 200;
    private final Jdbi jdbi;
    private final Clock clock;
    private volatile RequestDeadlines deadlines;

    /** @param jdbi the durable connections: a request, once acknowledged to the kiosk, survives a power cut */
    public ServiceRequests(Jdbi jdbi, Clock clock, RequestDeadlines deadlines) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** Replaces the deadlines for requests arriving from now on (those stored keep theirs). */
    public void configure(RequestDeadlines value) {
        deadlines = value;
    }

    /** What the queue's filters ask for; null fields do not filter. */
    public record Filter(String stationId, String subjectId, RequestState state, Integer olderThanDays,
                         boolean overdueOnly) {
        public static final Filter ALL = new Filter(null, null, null, null, false);
    }

    /**
     * Stores {@code r} (sent by {@code kioskId}) inside the caller's transaction, unless a request with its id is
     * stored already; returns the request as stored.
     */
    public RequestRow receive(Handle h, ServiceRequest r, String kioskId) {
        Optional<RequestRow> earlier = find(h, r.requestId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = now();
        boolean urgent = !r.day().isAfter(now.atZone(deadlines.zone()).toLocalDate());
        h.createUpdate("""
                        INSERT INTO service_request (id, kind, subject_id, subject_name, preferred_day, preferred_half,
                          contact, station_id, kiosk_id, resident_id, urgent, state, created_at, contact_due, updated_at)
                        VALUES (:id, :kind, :subjectId, :subjectName, :day, :half, :contact, :station, :kiosk, :resident,
                          :urgent, 'NEW', :now, :due, :now)""")
                .bind("id", r.requestId()).bind("kind", r.kind().name()).bind("subjectId", r.subjectId())
                .bind("subjectName", r.subjectName()).bind("day", r.day().toString()).bind("half", r.half().name())
                .bind("contact", r.contact().name()).bind("station", r.stationId()).bind("kiosk", kioskId)
                .bind("resident", r.residentId()).bind("urgent", urgent ? 1 : 0).bind("now", text(now))
                .bind("due", text(deadlines.contactDue(now, urgent))).execute();
        addStep(h, r.requestId(), RequestState.NEW, "在终端提交", null, now);
        return find(h, r.requestId()).orElseThrow();
    }

    public Optional<RequestRow> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private Optional<RequestRow> find(Handle h, String id) {
        return h.createQuery("SELECT * FROM service_request WHERE id = :id").bind("id", id).map(this::row).findOne();
    }

    /** The requests {@code filter} asks for, overdue ones first, then newest first. */
    public List<RequestRow> queue(Filter filter) {
        Instant now = now();
        StringBuilder sql = new StringBuilder("SELECT * FROM service_request WHERE 1 = 1");
        if (filter.stationId() != null) {
            sql.append(" AND station_id = :station");
        }
        if (filter.subjectId() != null) {
            sql.append(" AND subject_id = :subject");
        }
        if (filter.state() != null) {
            sql.append(" AND state = :state");
        }
        if (filter.olderThanDays() != null) {
            sql.append(" AND created_at < :before");
        }
        sql.append(" ORDER BY created_at DESC");
        // Only the parameters the statement names are bound: Jdbi refuses superfluous ones.
        List<RequestRow> rows = jdbi.withHandle(h -> {
            var query = h.createQuery(sql.toString());
            if (filter.stationId() != null) {
                query.bind("station", filter.stationId());
            }
            if (filter.subjectId() != null) {
                query.bind("subject", filter.subjectId());
            }
            if (filter.state() != null) {
                query.bind("state", filter.state().name());
            }
            if (filter.olderThanDays() != null) {
                query.bind("before", text(now.minus(filter.olderThanDays(), ChronoUnit.DAYS)));
            }
            return query.map(this::row).list();
        });
        return rows.stream().filter(r -> !filter.overdueOnly() || r.overdue(now))
                .sorted((a, b) -> Boolean.compare(b.overdue(now), a.overdue(now))).toList();
    }

    /** The steps of request {@code id}, oldest first. */
    public List<RequestStep> steps(String id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq, state, note, by_user, at FROM service_request_step WHERE request_id = :id ORDER BY seq")
                .bind("id", id)
                .map((rs, ctx) -> new RequestStep(rs.getInt(1), RequestState.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), Instant.parse(rs.getString(5))))
                .list());
    }

    /**
     * Moves request {@code id} as {@code step} says, by {@code username}; refuses (with a sentence for staff) a step
     * not in {@link #nextStates} (backwards, skipping a state, from a closed request), without a note, or to 已安排
     * without its day, half, person and place.
     */
    public RequestRow advance(String id, StepInput step, String username) {
        String note = Text.clean(step.note() == null ? "" : step.note()).strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new RequestException("请写一句说明（最多" + MAX_NOTE + "字）。");
        }
        return jdbi.inTransaction(h -> {
            RequestRow r = lock(h, id).orElseThrow(() -> new RequestException("没有这条申请。"));
            RequestState to = step.to();
            if (r.state().isClosed()) {
                throw new RequestException("这条申请已经" + RequestLabels.state(r.state()) + "，不能再改。");
            }
            if (to == null || !nextStates(r.state()).contains(to)) {
                throw new RequestException("申请现在是“" + RequestLabels.state(r.state()) + "”，下一步只能是："
                        + String.join("、", nextStates(r.state()).stream().map(RequestLabels::state).toList()) + "。");
            }
            Instant now = now();
            // Each column is set once: PostgreSQL refuses a second assignment, SQLite would keep the last one.
            String set = switch (to) {
                case ASSIGNED -> ", assigned_to = :assignee";
                case SCHEDULED -> {
                    requireSchedule(step);
                    yield ", scheduled_day = :day, scheduled_half = :half, scheduled_who = :who, scheduled_where = :where";
                }
                default -> "";
            };
            boolean contacts = to.ordinal() >= RequestState.CONTACTED.ordinal() && to != RequestState.CANCELLED;
            var update = h.createUpdate("UPDATE service_request SET state = :to, updated_at = :now" + set
                            + (contacts ? ", contacted_at = COALESCE(contacted_at, :now)" : "")
                            + (to.isClosed() ? ", closed_at = :now" : "") + " WHERE id = :id")
                    .bind("to", to.name()).bind("now", text(now)).bind("id", id);
            if (to == RequestState.ASSIGNED) {
                update.bind("assignee", blank(step.assignee()) ? username : step.assignee().strip());
            } else if (to == RequestState.SCHEDULED) {
                update.bind("day", step.day().toString()).bind("half", step.half().name())
                        .bind("who", step.who().strip()).bind("where", step.where().strip());
            }
            update.execute();
            addStep(h, id, to, note, username, now);
            return find(h, id).orElseThrow();
        });
    }

    /**
     * The states a request in {@code from} may move to: the next one in order, 已完成 straight after 已联系 too (a
     * question answered on the phone needs no appointment), and 已取消 at any time before it is closed; none after.
     */
    public static List<RequestState> nextStates(RequestState from) {
        return switch (from) {
            case NEW -> List.of(RequestState.ASSIGNED, RequestState.CANCELLED);
            case ASSIGNED -> List.of(RequestState.CONTACTED, RequestState.CANCELLED);
            case CONTACTED -> List.of(RequestState.SCHEDULED, RequestState.DONE, RequestState.CANCELLED);
            case SCHEDULED -> List.of(RequestState.DONE, RequestState.CANCELLED);
            case DONE, CANCELLED -> List.of();
        };
    }

    private static void requireSchedule(StepInput step) {
        if (step.day() == null || step.half() == null || blank(step.who()) || blank(step.where())) {
            throw new RequestException("安排好的申请要写日期、上午或下午、谁去、在哪里。");
        }
        if (step.who().strip().length() > 20 || step.where().strip().length() > 40) {
            throw new RequestException("“谁去”最多20字，“在哪里”最多40字。");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The open requests of {@code residentId}, newest first, as their next scan tells them. */
    public List<ResidentNews.RequestNews> openFor(String residentId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM service_request WHERE resident_id = :resident
                          AND state NOT IN ('DONE', 'CANCELLED') ORDER BY created_at DESC""")
                .bind("resident", residentId).map(this::row).list()).stream()
                .map(r -> new ResidentNews.RequestNews(r.id(), r.kind(), r.subjectName(), r.state(), r.scheduledDay(),
                        r.scheduledHalf(), r.scheduledWho() == null ? null : Resident.maskName(r.scheduledWho()),
                        r.scheduledWhere()))
                .toList();
    }

    private Optional<RequestRow> lock(Handle h, String id) {
        // Takes the row's write lock first (SQLite locks the database; PostgreSQL the row) before reading it.
        h.createUpdate("UPDATE service_request SET updated_at = updated_at WHERE id = :id").bind("id", id).execute();
        return find(h, id);
    }

    private void addStep(Handle h, String id, RequestState state, String note, String byUser, Instant at) {
        h.createUpdate("""
                        INSERT INTO service_request_step (request_id, seq, state, note, by_user, at)
                        SELECT :id, COALESCE(MAX(seq), 0) + 1, :state, :note, :by, :at
                        FROM service_request_step WHERE request_id = :id""")
                .bind("id", id).bind("state", state.name()).bind("note", note).bind("by", byUser).bind("at", text(at))
                .execute();
    }

    private RequestRow row(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return new RequestRow(rs.getString("id"), ServiceRequest.Kind.valueOf(rs.getString("kind")),
                rs.getString("subject_id"), rs.getString("subject_name"), LocalDate.parse(rs.getString("preferred_day")),
                ServiceRequest.DayHalf.valueOf(rs.getString("preferred_half")),
                ServiceRequest.Contact.valueOf(rs.getString("contact")), rs.getString("station_id"),
                rs.getString("resident_id"), rs.getInt("urgent") == 1, RequestState.valueOf(rs.getString("state")),
                rs.getString("assigned_to"), date(rs.getString("scheduled_day")),
                rs.getString("scheduled_half") == null ? null : ServiceRequest.DayHalf.valueOf(rs.getString("scheduled_half")),
                rs.getString("scheduled_who"), rs.getString("scheduled_where"), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("contact_due")), instant(rs.getString("contacted_at")),
                instant(rs.getString("closed_at")));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static String text(Instant t) {
        return SORTABLE.format(t);
    }
}
