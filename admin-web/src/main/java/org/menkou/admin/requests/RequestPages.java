package org.menkou.admin.requests;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.audit.AuditSubject;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.auth.UserStore;
import org.menkou.admin.web.Views;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.store.ContentStore;

/**
 * The advisors' work queue under /requests: the list with its filters (overdue requests first, marked 超时未联系),
 * one request with its steps, and the form that takes the next step. Volunteers see their own station's requests
 * only, with masked names and phones, and cannot take steps; advisors and admins see and move every request. Each
 * step is written to the request's own trail and to the audit log.
 */
public final class RequestPages {
    private static final Role[] STAFF = {Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN};
    private static final int MAX_AGE_DAYS = 365;

    private final ServiceRequests requests;
    private final RequestLines lines;
    private final ContentStore store;
    private final UserStore users;
    private final Views views;
    private final AuditLog audit;

    /** @param jdbi the admin tables (residents' phones); {@code clock} tells which requests are overdue now */
    public RequestPages(ServiceRequests requests, ContentStore store, Jdbi jdbi, UserStore users, Views views,
                        AuditLog audit, Clock clock) {
        this.requests = requests;
        this.lines = new RequestLines(store, jdbi, views.times(), clock);
        this.store = store;
        this.users = users;
        this.views = views;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.get("/requests", this::queue, STAFF);
        routes.get("/requests/{id}", this::show, STAFF);
        routes.post("/requests/{id}/step", this::step, Role.ADVISOR, Role.ADMIN);
    }

    /** A choice in a select: value and words. */
    public record Choice(String value, String label) {
    }

    private void queue(Context ctx) {
        User user = AccessCheck.user(ctx);
        String station = user.role() == Role.VOLUNTEER ? ownStation(user) : blankToNull(ctx.queryParam("station"));
        String subject = blankToNull(ctx.queryParam("subject"));
        RequestState state = state(ctx.queryParam("state"));
        Integer olderThan = olderThan(ctx.queryParam("olderThan"));
        boolean overdueOnly = ctx.queryParam("overdue") != null;
        Map<String, String> phones = lines.phones();
        var rows = requests.queue(new ServiceRequests.Filter(station, subject, state, olderThan, overdueOnly)).stream()
                .map(r -> lines.line(r, user, phones)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("volunteer", user.role() == Role.VOLUNTEER);
        model.put("stations", store.stations().all().stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.put("subjects", subjects(user));
        model.put("states", stateChoices(List.of(RequestState.values())));
        model.put("f", filterValues(station, subject, state, olderThan, overdueOnly));
        views.render(ctx, "requests.peb", "服务申请", model);
    }

    private static Map<String, String> filterValues(String station, String subject, RequestState state, Integer olderThan,
                                                    boolean overdueOnly) {
        Map<String, String> f = new HashMap<>();
        f.put("station", station == null ? "" : station);
        f.put("subject", subject == null ? "" : subject);
        f.put("state", state == null ? "" : state.name());
        f.put("olderThan", olderThan == null ? "" : olderThan.toString());
        f.put("overdue", overdueOnly ? "1" : "");
        return f;
    }

    /** The services and policies requests were made about, as far as {@code user} sees requests. */
    private List<Choice> subjects(User user) {
        String station = user.role() == Role.VOLUNTEER ? ownStation(user) : null;
        Map<String, String> byId = new LinkedHashMap<>();
        requests.queue(new ServiceRequests.Filter(station, null, null, null, false))
                .forEach(r -> byId.putIfAbsent(r.subjectId(), r.subjectName()));
        return byId.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
    }

    private static List<Choice> stateChoices(List<RequestState> states) {
        return states.stream().map(s -> new Choice(s.name(), RequestLabels.state(s))).toList();
    }

    private static Integer olderThan(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= MAX_AGE_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadRequestResponse("“提交超过几天”要填 0 到 " + MAX_AGE_DAYS + " 的整数。");
    }

    private static RequestState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestState.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("没有这个状态。");
        }
    }

    private void show(Context ctx) {
        RequestRow r = visible(ctx);
        render(ctx, r, null, Map.of());
    }

    /** The request of the path, if {@code user} may see it: 404 when there is none, 403 for another station's. */
    private RequestRow visible(Context ctx) {
        RequestRow r = requests.find(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("没有这条申请。"));
        User user = AccessCheck.user(ctx);
        if (user.role() == Role.VOLUNTEER && !r.stationId().equals(user.stationId())) {
            throw new ForbiddenResponse("志愿者只能查看本站（" + lines.stationName(user.stationId()) + "）的服务申请。");
        }
        return r;
    }

    private void render(Context ctx, RequestRow r, String error, Map<String, String> values) {
        User user = AccessCheck.user(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("r", lines.line(r, user, lines.phones()));
        model.put("steps", requests.steps(r.id()).stream().map(s -> new StepLine(RequestLabels.state(s.state()),
                s.note(), s.byUser() == null ? "终端" : s.byUser(), views.times().of(s.at()))).toList());
        boolean mayStep = user.role() != Role.VOLUNTEER && !r.state().isClosed();
        model.put("mayStep", mayStep);
        model.put("volunteer", user.role() == Role.VOLUNTEER);
        model.put("next", stateChoices(ServiceRequests.nextStates(r.state())));
        model.put("assignees", assignees());
        Map<String, String> v = new HashMap<>(values);
        v.putIfAbsent("assignee", user.username());
        v.putIfAbsent("to", ServiceRequests.nextStates(r.state()).isEmpty() ? ""
                : ServiceRequests.nextStates(r.state()).get(0).name());
        v.putIfAbsent("where", r.contact() == ServiceRequest.Contact.AT_STATION ? lines.stationName(r.stationId()) : "上门");
        model.put("v", v);
        if (error != null) {
            model.put("error", error);
        }
        views.render(ctx, "request.peb", "服务申请：" + r.subjectName(), model);
    }

    /** One step of the trail as the page shows it. */
    public record StepLine(String state, String note, String by, String at) {
    }

    /** Advisors and admins who may take a request (accounts not disabled). */
    private List<Choice> assignees() {
        return users.all().stream().filter(u -> !u.disabled() && u.role() != Role.VOLUNTEER && u.role().isUserRole())
                .map(u -> new Choice(u.username(), u.displayName() + "（" + u.username() + "）")).toList();
    }

    private void step(Context ctx) {
        RequestRow before = visible(ctx);
        User user = AccessCheck.user(ctx);
        Map<String, String> values = new HashMap<>();
        for (String f : List.of("to", "note", "assignee", "day", "half", "who", "where")) {
            values.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
        }
        RequestRow after;
        try {
            after = requests.advance(before.id(), input(values), user.username());
        } catch (RequestException e) {
            ctx.status(400);
            render(ctx, requests.find(before.id()).orElse(before), e.getMessage(), values);
            return;
        }
        audit.record(user.username(), AuditAction.REQUEST_STEP.name(), AuditSubject.SERVICE_REQUEST.name(), after.id(),
                trail(before, null), trail(after, values.get("note")));
        ctx.redirect("/requests/" + after.id());
    }

    /** Parses the step form; a value that cannot be read becomes a {@link RequestException} for the page. */
    private StepInput input(Map<String, String> v) {
        RequestState to;
        try {
            to = RequestState.valueOf(v.get("to"));
        } catch (IllegalArgumentException e) {
            throw new RequestException("请选下一步。");
        }
        if (to == RequestState.ASSIGNED && !v.get("assignee").isBlank()
                && assignees().stream().noneMatch(c -> c.value().equals(v.get("assignee")))) {
            throw new RequestException("只能分配给顾问或管理员。");
        }
        LocalDate day = null;
        ServiceRequest.DayHalf half = null;
        if (to == RequestState.SCHEDULED) {
            try {
                day = v.get("day").isBlank() ? null : LocalDate.parse(v.get("day"));
                half = v.get("half").isBlank() ? null : ServiceRequest.DayHalf.valueOf(v.get("half"));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new RequestException("日期要写成 2026-12-03 这样，时间选上午或下午。");
            }
        }
        return new StepInput(to, v.get("note"), to == RequestState.ASSIGNED ? v.get("assignee") : null, day, half,
                to == RequestState.SCHEDULED ? v.get("who") : null, to == RequestState.SCHEDULED ? v.get("where") : null);
    }

    /** What the audit log keeps of a request at one step. */
    private static Map<String, Object> trail(RequestRow r, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", r.state().name());
        m.put("assignedTo", r.assignedTo());
        if (r.scheduledDay() != null) {
            m.put("scheduled", List.of(r.scheduledDay().toString(), r.scheduledHalf().name(), r.scheduledWho(),
                    r.scheduledWhere()));
        }
        if (note != null) {
            m.put("note", note);
        }
        return m;
    }

    /** A volunteer's station; one without a station matches no request (never "every station"). */
    private static String ownStation(User user) {
        return user.stationId() == null ? "" : user.stationId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
