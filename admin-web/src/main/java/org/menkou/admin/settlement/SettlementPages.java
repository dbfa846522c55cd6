package org.menkou.admin.settlement;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Views;
import org.menkou.content.ContentException;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.Text;
import org.menkou.content.store.ContentStore;

/**
 * The monthly subsidy settlement (资金结算) under /settlement: a canteen's month as a printable statement and as CSV;
 * admins close a month that is over (its statement is frozen) and add adjustment lines to a closed month. Advisors
 * and admins see every canteen; a volunteer sees only the canteen they belong to.
 */
public final class SettlementPages {
    private static final Role[] VIEWERS = {Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SettlementCalculator calculator;
    private final SettlementBook book;
    private final ContentStore store;
    private final Views views;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public SettlementPages(SettlementCalculator calculator, SettlementBook book, ContentStore store, Views views,
                           AuditLog audit, Clock clock, ZoneId zone) {
        this.calculator = calculator;
        this.book = book;
        this.store = store;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    public void register(RoutesConfig routes) {
        routes.get("/settlement", this::page, VIEWERS);
        routes.get("/settlement/statement.csv", this::csv, VIEWERS);
        routes.post("/settlement/close", this::close, Role.ADMIN);
        routes.post("/settlement/adjustments", this::adjust, Role.ADMIN);
    }

    /** The settlement of {@code canteenId}'s month: frozen when closed, else computed now. */
    public MonthSettlement settlement(String canteenId, YearMonth month) {
        var closed = book.closed(canteenId, month);
        Statement statement = closed.map(SettlementBook.Closed::statement)
                .orElseGet(() -> calculator.compute(canteenId, month));
        return new MonthSettlement(statement, closed.orElse(null), book.adjustments(canteenId, month),
                closed.isEmpty() && isOver(month));
    }

    private boolean isOver(YearMonth month) {
        return month.atEndOfMonth().isBefore(LocalDate.now(clock.withZone(zone)));
    }

    private List<Station> canteens() {
        return store.stations().all().stream().filter(s -> s.kind() == StationKind.CANTEEN).toList();
    }

    /** The canteen asked for (or the first one the user may see), checked against the user's role. */
    private String canteen(Context ctx, String asked) {
        User user = AccessCheck.user(ctx);
        List<String> ids = canteens().stream().map(Station::id).toList();
        String id = asked == null || asked.isBlank()
                ? (user.role() == Role.VOLUNTEER ? user.stationId() : ids.stream().findFirst().orElse(null)) : asked;
        if (user.role() == Role.VOLUNTEER && !ids.contains(user.stationId())) {
            throw new BadRequestResponse("您所在的站点不是食堂：志愿者只能查看自己所在食堂的资金结算。");
        }
        if (user.role() == Role.VOLUNTEER && !user.stationId().equals(id)) {
            throw new ForbiddenResponse("志愿者只能查看自己所在食堂的资金结算。");
        }
        if (id == null || !ids.contains(id)) {
            throw new BadRequestResponse("没有这个食堂。");
        }
        return id;
    }

    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock.withZone(zone)).minusMonths(1);
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("月份要写成 2026-11 这样。");
        }
    }

    private void page(Context ctx) {
        render(ctx, canteen(ctx, ctx.queryParam("canteen")), month(ctx.queryParam("month")), null);
    }

    private void render(Context ctx, String canteen, YearMonth month, String error) {
        MonthSettlement m = settlement(canteen, month);
        Map<String, Object> model = new HashMap<>();
        model.put("s", m);
        model.put("st", m.statement());
        model.put("canteen", canteen);
        model.put("month", month.toString());
        model.put("canteens", AccessCheck.user(ctx).role() == Role.VOLUNTEER
                ? canteens().stream().filter(c -> c.id().equals(canteen)).toList() : canteens());
        model.put("mayManage", AccessCheck.user(ctx).role() == Role.ADMIN);
        if (error != null) {
            model.put("error", error);
        }
        views.render(ctx, "settlement.peb", m.statement().canteenName() + " " + month + " 资金结算", model);
    }

    private void csv(Context ctx) {
        String canteen = canteen(ctx, ctx.queryParam("canteen"));
        YearMonth month = month(ctx.queryParam("month"));
        byte[] body = SettlementCsv.write(settlement(canteen, month)).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"settlement-" + canteen + "-" + month + ".csv\"");
        ctx.result(withBom);
    }

    private void close(Context ctx) {
        String canteen = canteen(ctx, ctx.formParam("canteen"));
        YearMonth month = month(ctx.formParam("month"));
        if (!isOver(month)) {
            throw new BadRequestResponse("这个月还没过完，不能结账。");
        }
        Statement statement = calculator.compute(canteen, month);
        if (!book.close(statement, AccessCheck.user(ctx).username())) {
            throw new BadRequestResponse("这个月已经结账了。");
        }
        audit.record(AccessCheck.user(ctx).username(), "SETTLEMENT_CLOSE", "SETTLEMENT", canteen + "/" + month, null,
                statement.totals());
        ctx.redirect(link(canteen, month));
    }

    private void adjust(Context ctx) {
        String canteen = canteen(ctx, ctx.formParam("canteen"));
        YearMonth month = month(ctx.formParam("month"));
        if (book.closed(canteen, month).isEmpty()) {
            throw new BadRequestResponse("只有已结账的月份才能加调整；没结账的月份直接改订餐记录。");
        }
        OptionalLong fen = Money.parseYuan(ctx.formParam("amount"));
        String reason;
        try {
            reason = Text.requiredLine("reason", ctx.formParam("reason"), 60);
        } catch (ContentException e) {
            reason = null;
        }
        if (fen.isEmpty() || fen.getAsLong() == 0 || reason == null) {
            ctx.status(400);
            render(ctx, canteen, month, "调整要写金额（元，可以是负数，例如 -3.50）和原因（一行，最多 60 个字）。");
            return;
        }
        String user = AccessCheck.user(ctx).username();
        SettlementBook.Adjustment a = book.adjust(canteen, month, fen.getAsLong(), reason, user);
        audit.record(user, "SETTLEMENT_ADJUST", "SETTLEMENT", canteen + "/" + month, null,
                Map.of("amountFen", a.amountFen(), "reason", a.reason()));
        ctx.redirect(link(canteen, month));
    }

    private static String link(String canteen, YearMonth month) {
        return "/settlement?canteen=" + canteen + "&month=" + month;
    }
}
