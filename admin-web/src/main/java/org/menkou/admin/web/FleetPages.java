package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.backup.BackupStatus;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;

/**
 * The kiosk fleet, admins only: each kiosk's station, last heartbeat, content version, app version and voice model;
 * a kiosk with no heartbeat for {@value #STALE_INTERVALS} intervals is flagged. Registering shows the token once.
 */
public final class FleetPages {
    public static final int STALE_INTERVALS = 3;

    /** A fleet row as the page shows it. */
    public record Row(Kiosk kiosk, String stationName, String lastSeen, boolean stale) {
        /** The software the kiosk runs and where it is in an update, from its latest heartbeat. */
        public String software() {
            return UpdateWords.of(kiosk.appVersion(), kiosk.update());
        }
    }

    private final KioskRegistry kiosks;
    private final ContentStore store;
    private final Views views;
    private final AuditLog audit;
    private final Duration heartbeat;
    private final Clock clock;

    public FleetPages(KioskRegistry kiosks, ContentStore store, Views views, AuditLog audit, Duration heartbeat,
                      Clock clock) {
        this.kiosks = kiosks;
        this.store = store;
        this.views = views;
        this.audit = audit;
        this.heartbeat = heartbeat;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/kiosks", this::list, Role.ADMIN);
        routes.post("/kiosks/new", this::add, Role.ADMIN);
        routes.post("/kiosks/{id}/revoke", this::revoke, Role.ADMIN);
    }

    /** The rows of the fleet page at {@code now}. */
    public List<Row> rows(Instant now) {
        return kiosks.all().stream().map(k -> new Row(k, store.stations().find(k.stationId()).map(Station::name)
                .orElse(k.stationId()), lastSeen(k, now), isStale(k, now))).toList();
    }

    private boolean isStale(Kiosk k, Instant now) {
        return !k.revoked() && (k.lastHeartbeat() == null
                || k.lastHeartbeat().isBefore(now.minus(heartbeat.multipliedBy(STALE_INTERVALS))));
    }

    private static String lastSeen(Kiosk k, Instant now) {
        if (k.lastHeartbeat() == null) {
            return "从未连接";
        }
        long s = Math.max(0, Duration.between(k.lastHeartbeat(), now).toSeconds());
        return s < 120 ? s + " 秒前" : s < 7200 ? s / 60 + " 分钟前" : s / 3600 + " 小时前";
    }

    private void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows(Instant.now(clock)));
        model.put("stations", store.stations().all());
        model.put("staleAfter", heartbeat.multipliedBy(STALE_INTERVALS).toSeconds());
        model.put("contentVersion", store.changes().currentVersion());
        model.put("backupProblem", new BackupStatus(store, clock).problem().orElse(null));
        views.render(ctx, "kiosks.peb", "终端", model);
    }

    private void add(Context ctx) {
        User admin = AccessCheck.user(ctx);
        String station = ctx.formParam("stationId");
        String label = ctx.formParam("label") == null || ctx.formParam("label").isBlank() ? "终端" : ctx.formParam("label").strip();
        if (station == null || store.stations().find(station).isEmpty() || label.length() > 40) {
            ctx.status(400);
            views.render(ctx, "message.peb", "不能添加", Map.of("message", "请选择一个站点，名称最多 40 个字。", "back", "/kiosks"));
            return;
        }
        KioskRegistry.Registered r = kiosks.register(station, org.menkou.content.Text.clean(label), admin.username());
        audit.record(admin.username(), "CREATE", "KIOSK", r.kiosk().id(), null, r.kiosk());
        views.render(ctx, "message.peb", "终端已添加", Map.of("message", "终端 " + r.kiosk().id()
                        + " 的令牌如下，只显示这一次。在终端上第一次运行：./menkou kiosk --server 本站地址 --token 令牌",
                "secret", r.token(), "back", "/kiosks"));
    }

    private void revoke(Context ctx) {
        User admin = AccessCheck.user(ctx);
        String id = ctx.pathParam("id");
        Kiosk before = kiosks.find(id).orElseThrow(() -> new NotFoundResponse("没有这个终端"));
        if (!new Confirmation(views).confirmed(ctx, "真的要停用终端 " + before.id() + "（" + before.label()
                + "）的令牌吗？停用后这台终端不能再同步，也不能再发紧急呼叫，要重新添加终端才能恢复。", "停用令牌", "/kiosks")) {
            return;
        }
        kiosks.revoke(id);
        audit.record(admin.username(), "REVOKE", "KIOSK", id, before, kiosks.find(id).orElse(null));
        ctx.redirect("/kiosks");
    }
}
