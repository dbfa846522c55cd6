package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.KioskCommands;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.content.protocol.RemoteCommand;

/**
 * One kiosk seen and acted on from afar, admins only ({@code /kiosks/{id}}): its reports, its screen as text on request,
 * restart / self-test / re-sync (each confirmed and audited), its own offline time and the commands' history. The
 * page reloads itself every {@value #RELOAD_SECONDS} s while a command waits for the kiosk.
 */
public final class KioskPages {
    public static final int RELOAD_SECONDS = 3;
    /** Commands shown in the history. */
    public static final int HISTORY = 20;
    /** The longest offline time an admin may set: a day. */
    public static final long MAX_OFFLINE_SECONDS = 86_400;

    private final KioskRegistry kiosks;
    private final KioskCommands commands;
    private final Duration defaultOfflineAfter;
    private final Views views;
    private final AuditLog audit;

    /** @param defaultOfflineAfter the server's offline time, used for kiosks without their own */
    public KioskPages(KioskRegistry kiosks, KioskCommands commands, Duration defaultOfflineAfter, Views views, AuditLog audit) {
        this.kiosks = kiosks;
        this.commands = commands;
        this.defaultOfflineAfter = defaultOfflineAfter;
        this.views = views;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.get("/kiosks/{id}", this::show, Role.ADMIN);
        routes.post("/kiosks/{id}/commands", this::command, Role.ADMIN);
        routes.post("/kiosks/{id}/offline-after", this::offlineAfter, Role.ADMIN);
    }

    private Kiosk kiosk(Context ctx) {
        return kiosks.find(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("没有这个终端"));
    }

    private void show(Context ctx) {
        Kiosk k = kiosk(ctx);
        List<KioskCommands.Command> history = commands.history(k.id(), HISTORY);
        Map<String, Object> model = new HashMap<>();
        model.put("kiosk", k);
        model.put("history", history);
        model.put("screen", commands.latestAnswered(k.id(), RemoteCommand.Kind.SCREEN).orElse(null));
        model.put("waiting", history.stream().anyMatch(KioskCommands.Command::pending));
        model.put("reloadSeconds", RELOAD_SECONDS);
        Optional<Duration> own = kiosks.offlineAfter(k.id());
        model.put("offlineOwn", own.map(Duration::toSeconds).orElse(null));
        model.put("offlineDefault", defaultOfflineAfter.toSeconds());
        views.render(ctx, "kiosk.peb", "终端 " + k.id(), model);
    }

    private void command(Context ctx) {
        User admin = AccessCheck.user(ctx);
        Kiosk k = kiosk(ctx);
        RemoteCommand.Kind kind = kind(ctx.formParam("kind"));
        if (k.revoked()) {
            throw new BadRequestResponse("这台终端的令牌已停用，不能再给它发指令");
        }
        String back = "/kiosks/" + k.id();
        if (kind != RemoteCommand.Kind.SCREEN && !new Confirmation(views).confirmed(ctx, question(kind, k),
                label(kind), back)) {
            return;
        }
        KioskCommands.Command c = commands.request(k.id(), kind, admin.username());
        audit.record(admin.username(), kind.name(), "KIOSK", k.id(), null, Map.of("command", c.id(), "kind", kind.name()));
        ctx.redirect(back);
    }

    private void offlineAfter(Context ctx) {
        User admin = AccessCheck.user(ctx);
        Kiosk k = kiosk(ctx);
        String value = ctx.formParam("seconds") == null ? "" : ctx.formParam("seconds").strip();
        Optional<Duration> after;
        if (value.isEmpty()) {
            after = Optional.empty();
        } else if (value.matches("\\d{1,6}") && Long.parseLong(value) >= 30 && Long.parseLong(value) <= MAX_OFFLINE_SECONDS) {
            after = Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } else {
            throw new BadRequestResponse("离线时间是 30 到 " + MAX_OFFLINE_SECONDS + " 之间的秒数；留空用服务器的默认值");
        }
        Optional<Duration> before = kiosks.offlineAfter(k.id());
        kiosks.setOfflineAfter(k.id(), after);
        audit.record(admin.username(), "UPDATE", "KIOSK", k.id(),
                Map.of("offlineAfterSeconds", before.map(d -> (Object) d.toSeconds()).orElse("default")),
                Map.of("offlineAfterSeconds", after.map(d -> (Object) d.toSeconds()).orElse("default")));
        ctx.redirect("/kiosks/" + k.id());
    }

    private static RemoteCommand.Kind kind(String value) {
        for (RemoteCommand.Kind k : RemoteCommand.Kind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        throw new BadRequestResponse("不认识的指令");
    }

    private static String label(RemoteCommand.Kind kind) {
        return switch (kind) {
            case SCREEN -> "显示屏幕";
            case RESTART -> "重启终端程序";
            case SELF_TEST -> "运行自检";
            case RESYNC -> "重新同步";
        };
    }

    private static String question(RemoteCommand.Kind kind, Kiosk k) {
        String who = "终端 " + k.id() + "（" + k.label() + "）";
        return switch (kind) {
            case RESTART -> "真的要重启" + who + "的程序吗？正在使用的居民会回到首页，约半分钟后恢复。";
            case SELF_TEST -> "要在" + who + "上运行自检吗？检查按钮、扫描器、语音、磁盘和内存，不打扰正在使用的居民。";
            case RESYNC -> "真的要让" + who + "丢掉本地内容、从头重新同步吗？还没发出的预约和呼叫会保留。";
            case SCREEN -> "要看" + who + "现在的屏幕吗？";
        };
    }
}
