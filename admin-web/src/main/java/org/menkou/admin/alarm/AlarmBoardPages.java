package org.menkou.admin.alarm;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menkou.admin.api.ApiException;
import org.menkou.admin.api.KioskApi;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.Sessions;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Views;
import org.menkou.content.protocol.KioskApiPaths;

/**
 * The alarm board for responders on duty (volunteers see their own station's alarms; advisors and admins all):
 * {@code /alarms} with a live WebSocket {@code /alarms/live} that makes the page refetch {@code /alarms/rows}, patch
 * its rows in place (alarm-board.js) and beep; acknowledge, note and resolve forms (the script asks before resolving); and the kiosks' poll {@code GET} {@link KioskApiPaths#ALARM}.
 */
public final class AlarmBoardPages {
    private static final Role[] RESPONDERS = {Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN};
    private static final int RECENT = 20;

    /**
     * One alarm as the board shows it.
     *
     * @param source  what raised it, in words (红色按钮, 按键, 语音)
     * @param elapsed time since the press at the kiosk (until it was closed)
     * @param weight  how strongly the row stands out, as its CSS class
     * @param family  how telling the resident's family went, in words (empty for a walk-in)
     */
    public record Row(Alarm alarm, String station, String kiosk, String source, String resident, String elapsed,
                      String stateLabel, List<AlarmRepository.Note> notes, List<AlarmRepository.Delivery> deliveries,
                      Weight weight, List<String> family) {
    }

    /**
     * How urgent a row is, most urgent first: the board lists active alarms in this order above the kiosks'
     * self-test warnings, and closed alarms below them. Each weight also has its own words in the state column.
     */
    public enum Weight {
        ESCALATED("alarm-escalated"), OPEN("alarm-open"), ACKNOWLEDGED("alarm-acknowledged"), CLOSED("alarm-closed");

        private final String cssClass;

        Weight(String cssClass) {
            this.cssClass = cssClass;
        }

        static Weight of(Alarm a) {
            return switch (a.state()) {
                case OPEN -> a.escalatedAt() != null ? ESCALATED : OPEN;
                case ACKNOWLEDGED -> ACKNOWLEDGED;
                case RESOLVED, CANCELLED -> CLOSED;
            };
        }

        @Override
        public String toString() {
            return cssClass;
        }
    }

    private final AlarmCentre centre;
    private final Sessions sessions;
    private final Views views;
    private final Clock clock;

    public AlarmBoardPages(AlarmCentre centre, Sessions sessions, Views views, Clock clock) {
        this.centre = centre;
        this.sessions = sessions;
        this.views = views;
        this.clock = clock;
    }

    /** The board's own script, the only script tag the admin site serves (AdminSiteTest allows exactly this one). */
    public static final String SCRIPT_TAG = "<script src=\"/static/alarm-board.js\"></script>";

    public void register(RoutesConfig routes) {
        byte[] script = readScript();
        routes.get("/static/alarm-board.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script),
                Role.ANYONE);
        routes.get("/alarms", ctx -> views.render(ctx, "alarms.peb", "紧急呼叫", model(ctx)), RESPONDERS);
        routes.get("/alarms/rows", ctx -> views.render(ctx, "alarm-rows.peb", "紧急呼叫", model(ctx)), RESPONDERS);
        routes.post("/alarms/{id}/acknowledge", ctx -> act(ctx, seq -> centre.acknowledge(seq, AccessCheck.user(ctx).username())),
                RESPONDERS);
        routes.post("/alarms/{id}/resolve", ctx -> act(ctx, seq -> centre.resolve(seq, AccessCheck.user(ctx).username())),
                RESPONDERS);
        routes.post("/alarms/{id}/note", ctx -> act(ctx, seq -> note(ctx, seq)), RESPONDERS);
        routes.get(KioskApiPaths.ALARM, this::kioskPoll, Role.KIOSK);
        routes.wsBeforeUpgrade("/alarms/live", ctx -> responder(ctx.cookie(AccessCheck.SESSION_COOKIE)));
        routes.ws("/alarms/live", ws -> {
            ws.onConnect(c -> {
                c.session.setIdleTimeout(Duration.ofHours(12));
                centre.feed().join(c);
            });
            ws.onClose(centre.feed()::leave);
            ws.onError(centre.feed()::leave);
        });
    }

    private static byte[] readScript() {
        try (var in = AlarmBoardPages.class.getResourceAsStream("/static/alarm-board.js")) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("alarm-board.js missing from the jar", e);
        }
    }

    /** The live channel is for logged-in responders only (WebSocket upgrades bypass the HTTP access check). */
    private User responder(String cookie) {
        User user = sessions.find(cookie).map(Sessions.Session::user)
                .orElseThrow(() -> new UnauthorizedResponse("请先登录"));
        if (!List.of(RESPONDERS).contains(user.role()) || user.mustChangePassword()) {
            throw new ForbiddenResponse("你的角色不能打开紧急呼叫看板");
        }
        return user;
    }

    private Map<String, Object> model(Context ctx) {
        String station = scope(AccessCheck.user(ctx));
        Instant now = Instant.now(clock);
        Map<String, Object> m = new HashMap<>();
        List<Row> rows = centre.alarms().board(station, RECENT).stream().map(a -> row(a, now)).toList();
        m.put("active", rows.stream().filter(r -> r.weight() != Weight.CLOSED)
                .sorted(Comparator.comparing(Row::weight)).toList());
        m.put("closed", rows.stream().filter(r -> r.weight() == Weight.CLOSED).toList());
        m.put("offline", centre.supervision().openAlerts(station));
        m.put("buttons", centre.supervision().buttonProblems(station));
        return m;
    }

    private Row row(Alarm a, Instant now) {
        long s = Math.max(0, Duration.between(a.pressedAt(), a.closedAt() != null ? a.closedAt() : now).toSeconds());
        String elapsed = s < 120 ? s + " 秒" : s / 60 + " 分 " + s % 60 + " 秒";
        String label = switch (a.state()) {
            case OPEN -> switch (centre.alarms().escalation(a)) {
                case NONE -> "⚠ 待响应";
                case SENDING -> "⚠ 无人响应，正在升级通知";
                case SENT -> "⚠ 无人响应，已升级通知";
                case FAILED -> "⚠ 无人响应，升级通知没有发出";
            };
            case ACKNOWLEDGED -> "已响应：" + a.acknowledgedBy();
            case RESOLVED -> "已处理：" + a.closedBy();
            case CANCELLED -> "已取消：" + a.closedBy();
        };
        String source = switch (a.source()) {
            case BUTTON -> "红色按钮";
            case KEY -> "按键";
            case VOICE -> "语音";
        };
        return new Row(a, centre.stationName(a.stationId()), centre.kioskLabel(a.kioskId()), source,
                a.residentId() == null ? "未识别" : centre.residentMasked(a.residentId()), elapsed, label,
                centre.alarms().notes(a.seq()), centre.alarms().deliveries(a.seq()), Weight.of(a),
                a.residentId() == null ? List.of() : centre.followUpLines(a.seq()));
    }

    /** Volunteers work for their own station; advisors and admins see every station (null). */
    private static String scope(User user) {
        return user.role() == Role.VOLUNTEER ? user.stationId() : null;
    }

    private interface Action {
        boolean apply(long seq);
    }

    private void act(Context ctx, Action action) {
        long seq;
        try {
            seq = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("没有这个呼叫");
        }
        Alarm a = centre.alarms().find(seq).orElseThrow(() -> new NotFoundResponse("没有这个呼叫"));
        String station = scope(AccessCheck.user(ctx));
        if (station != null && !station.equals(a.stationId())) {
            throw new ForbiddenResponse("这个呼叫不是你的站点的");
        }
        action.apply(seq);
        ctx.redirect("/alarms");
    }

    private boolean note(Context ctx, long seq) {
        try {
            return centre.note(seq, AccessCheck.user(ctx).username(), ctx.formParam("text"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private void kioskPoll(Context ctx) {
        String id = ctx.pathParam(KioskApiPaths.ALARM_ID_PARAM);
        ctx.json(centre.status(KioskApi.kiosk(ctx), id)
                .orElseThrow(() -> new ApiException(404, "unknown_alarm", "this kiosk sent no alarm " + id)));
    }
}
