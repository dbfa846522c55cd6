package org.menkou.admin.feedback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.audit.AuditSubject;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.web.Views;
import org.menkou.content.Text;
import org.menkou.content.protocol.FeedbackAnswer.Rating;
import org.menkou.content.protocol.FeedbackAnswer.Subject;
import org.menkou.content.store.ContentStore;

/**
 * The satisfaction pages under /feedback, for advisors and admins (residents' answers are personal data): weekly
 * satisfaction per canteen (meals) or per service provider (requests done) as a chart, a table and CSV, and the list
 * of 不满意 answers with the note of whoever followed each up (written to the audit log).
 */
public final class FeedbackPages {
    private static final Role[] ROLES = {Role.ADVISOR, Role.ADMIN};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MAX_WEEKS = 52;
    private static final int DEFAULT_WEEKS = 8;
    private static final int MAX_NOTE = 200;

    private final FeedbackBook book;
    private final ContentStore store;
    private final Views views;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public FeedbackPages(FeedbackBook book, ContentStore store, Views views, AuditLog audit, Clock clock, ZoneId zone) {
        this.book = book;
        this.store = store;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    public void register(RoutesConfig routes) {
        routes.get("/feedback", this::weekly, ROLES);
        routes.get("/feedback.csv", this::csv, ROLES);
        routes.get("/feedback/unsatisfied", this::unsatisfied, ROLES);
        routes.post("/feedback/unsatisfied", this::followUp, ROLES);
    }

    /** One week's answers about one canteen or provider as the table shows them. */
    public record WeekLine(String monday, int satisfied, int okay, int unsatisfied, int skipped, int percent,
                           String reasons) {
    }

    /** One canteen or provider: its chart and its weeks. */
    public record Series(String name, String svg, List<WeekLine> weeks) {
    }

    private Subject subject(Context ctx) {
        String value = ctx.queryParam("subject");
        if (value == null || value.isBlank()) {
            return Subject.MEAL;
        }
        try {
            return Subject.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("subject 只能是 MEAL 或 REQUEST。");
        }
    }

    private int weeks(Context ctx) {
        String value = ctx.queryParam("weeks");
        if (value == null || value.isBlank()) {
            return DEFAULT_WEEKS;
        }
        try {
            int weeks = Integer.parseInt(value.strip());
            if (weeks >= 1 && weeks <= MAX_WEEKS) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadRequestResponse("周数要在 1 到 " + MAX_WEEKS + " 之间。");
    }

    /** The Monday that starts the first of the last {@code weeks} weeks (this week included). */
    private LocalDate from(int weeks) {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private List<FeedbackBook.Week> data(Subject subject, int weeks) {
        return book.weeks(subject, from(weeks), today());
    }

    private void weekly(Context ctx) {
        Subject subject = subject(ctx);
        int weeks = weeks(ctx);
        Map<String, List<FeedbackBook.Week>> byAbout = data(subject, weeks).stream()
                .collect(Collectors.groupingBy(FeedbackBook.Week::about, LinkedHashMap::new, Collectors.toList()));
        List<Series> series = new ArrayList<>();
        byAbout.values().forEach(list -> series.add(new Series(list.get(0).aboutName(),
                new SatisfactionChart(list).svg(), list.stream().map(FeedbackPages::line).toList())));
        views.render(ctx, "feedback.peb", "满意度（每周，按" + FeedbackLabels.subject(subject) + "）",
                Map.of("series", series, "subject", subject.name(), "weeks", weeks, "from", from(weeks).toString()));
    }

    private static WeekLine line(FeedbackBook.Week w) {
        String reasons = w.reasons().entrySet().stream()
                .map(e -> FeedbackLabels.reason(e.getKey()) + " " + e.getValue()).collect(Collectors.joining("、"));
        return new WeekLine(w.monday().toString(), w.count(Rating.SATISFIED), w.count(Rating.OKAY),
                w.count(Rating.UNSATISFIED), w.count(Rating.SKIPPED), w.satisfiedPercent(), reasons);
    }

    private void csv(Context ctx) {
        Subject subject = subject(ctx);
        int weeks = weeks(ctx);
        byte[] body = FeedbackCsv.write(FeedbackLabels.subject(subject), data(subject, weeks))
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"feedback-" + subject.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + today() + ".csv\"");
        ctx.result(withBom);
    }

    /** One 不满意 answer as the follow-up list shows it. */
    public record UnsatisfiedLine(String subject, String subjectId, String kind, String what, String about,
                                  String servedOn, String reason, String resident, String answeredAt,
                                  String followedUp) {
    }

    private void unsatisfied(Context ctx) {
        renderUnsatisfied(ctx, weeks(ctx), null);
    }

    private void renderUnsatisfied(Context ctx, int weeks, String error) {
        boolean full = AccessCheck.user(ctx).role() != Role.VOLUNTEER;
        List<UnsatisfiedLine> rows = book.unsatisfied(from(weeks)).stream().map(u -> new UnsatisfiedLine(
                u.subject().name(), u.subjectId(), u.subject() == Subject.MEAL ? "订餐" : "服务", u.what(), u.aboutName(),
                u.servedOn().toString(), u.reason() == null ? "（没说）" : FeedbackLabels.reason(u.reason()),
                store.residents().find(u.residentId()).map(p -> full ? p.name() : p.maskedName())
                        .orElse("（已删除的居民）"),
                views.times().of(u.answeredAt()), u.followedUp())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("weeks", weeks);
        if (error != null) {
            model.put("error", error);
        }
        views.render(ctx, "feedback-unsatisfied.peb", "不满意回访", model);
    }

    private void followUp(Context ctx) {
        String subjectValue = ctx.formParam("subject");
        String id = ctx.formParam("subjectId");
        String note = Text.clean(ctx.formParam("note") == null ? "" : ctx.formParam("note")).strip();
        Subject subject;
        try {
            subject = Subject.valueOf(subjectValue == null ? "" : subjectValue);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("没有这条不满意记录。");
        }
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            ctx.status(400);
            renderUnsatisfied(ctx, DEFAULT_WEEKS, "回访说明要填，最多" + MAX_NOTE + "字。");
            return;
        }
        if (id == null || !book.followUp(subject, id, note)) {
            throw new BadRequestResponse("没有这条不满意记录。");
        }
        audit.record(AccessCheck.user(ctx).username(), AuditAction.FOLLOW_UP.name(), AuditSubject.FEEDBACK.name(),
                subject.name() + ":" + id, null, Map.of("note", note));
        ctx.redirect("/feedback/unsatisfied");
    }
}
