package org.menkou.admin.release;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.audit.AuditSubject;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Views;
import org.menkou.content.Station;
import org.menkou.content.release.ReleaseException;
import org.menkou.content.release.ReleaseSigning;
import org.menkou.content.store.ContentStore;

/**
 * {@value #PATH}, admins only: the published kiosk releases with their rollout and how many kiosks run each, a form
 * to upload a new one (multipart, at most {@link ReleaseStore#MAX_JAR_BYTES} bytes, to a test station first) and
 * buttons that move a release to a percentage of the fleet or to all kiosks. Every change is audited. Refused input
 * gets 400 and a page that says why.
 */
public final class ReleasePages {
    public static final String PATH = "/releases";
    /** The upload route; its body may be as large as a jar ({@link org.menkou.admin.http.RequestLimits}). */
    public static final String UPLOAD = PATH + "/upload";

    /** A release as the page shows it. */
    public record Row(Release release, String stationName, long running) {
        /** Which kiosks get the release, in words. */
        public String scope() {
            return switch (release.stage()) {
                case TEST -> "只在试用站点 " + stationName;
                case PERCENT -> "试用站点 " + stationName + " 和 " + release.percent() + "% 的终端";
                case ALL -> "全部终端";
            };
        }

        public boolean everywhere() {
            return release.stage() == ReleaseStage.ALL;
        }
    }

    private final ReleaseStore releases;
    private final KioskRegistry kiosks;
    private final ContentStore store;
    private final Views views;
    private final AuditLog audit;

    public ReleasePages(ReleaseStore releases, KioskRegistry kiosks, ContentStore store, Views views, AuditLog audit) {
        this.releases = releases;
        this.kiosks = kiosks;
        this.store = store;
        this.views = views;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list, Role.ADMIN);
        routes.post(UPLOAD, this::upload, Role.ADMIN);
        routes.post(PATH + "/{key}/stage", this::stage, Role.ADMIN);
    }

    private void list(Context ctx) {
        List<Kiosk> fleet = kiosks.all();
        List<Row> rows = releases.all().stream().map(r -> new Row(r, stationName(r.testStation()),
                fleet.stream().filter(k -> r.version().equals(k.appVersion())).count())).toList();
        views.render(ctx, "releases.peb", "终端软件", Map.of("rows", rows, "stations", store.stations().all(),
                "maxMegabytes", ReleaseStore.MAX_JAR_BYTES / (1024 * 1024),
                "publicKey", ReleaseSigning.encodePublic(releases.publicKey())));
    }

    private String stationName(String id) {
        return store.stations().find(id).map(Station::name).orElse(id);
    }

    private void upload(Context ctx) throws IOException {
        User admin = AccessCheck.user(ctx);
        if (!ctx.isMultipartFormData()) {
            refuse(ctx, "上传要用网页上的表单（multipart/form-data）。");
            return;
        }
        String version = ctx.formParam("version") == null ? "" : ctx.formParam("version").strip();
        String station = ctx.formParam("station");
        UploadedFile file = ctx.uploadedFile("jar");
        if (station == null || store.stations().find(station).isEmpty()) {
            refuse(ctx, "请选择先试用新软件的站点。");
            return;
        }
        if (file == null || file.size() == 0) {
            refuse(ctx, "请选择要上传的终端软件（menkou-kiosk.jar）。");
            return;
        }
        Release r;
        try (InputStream in = file.content()) {
            r = releases.publish(version, in, admin.username(), station);
        } catch (ReleaseException e) {
            refuse(ctx, "不能发布：" + e.getMessage());
            return;
        }
        audit.record(admin.username(), AuditAction.RELEASE_PUBLISH.name(), AuditSubject.KIOSK_RELEASE.name(),
                r.version(), null, r);
        ctx.redirect(PATH);
    }

    private void stage(Context ctx) {
        User admin = AccessCheck.user(ctx);
        String version = ctx.pathParam("key");
        Release before = releases.find(version).orElse(null);
        if (before == null) {
            ctx.status(404);
            views.render(ctx, "message.peb", "没有这个版本", Map.of("message", "没有版本 " + version + "。", "back", PATH));
            return;
        }
        ReleaseStage stage;
        int percent = 0;
        if ("all".equals(ctx.formParam("to"))) {
            stage = ReleaseStage.ALL;
        } else {
            String value = ctx.formParam("percent");
            if (value == null || !value.strip().matches("\\d{1,3}") || Integer.parseInt(value.strip()) > 100) {
                refuse(ctx, "百分比要填 0 到 100 的整数。");
                return;
            }
            stage = ReleaseStage.PERCENT;
            percent = Integer.parseInt(value.strip());
        }
        Release after = releases.stage(version, stage, percent);
        audit.record(admin.username(), AuditAction.RELEASE_STAGE.name(), AuditSubject.KIOSK_RELEASE.name(), version,
                before, after);
        ctx.redirect(PATH);
    }

    private void refuse(Context ctx, String message) {
        ctx.status(400);
        views.render(ctx, "message.peb", "不能发布", Map.of("message", message, "back", PATH));
    }
}
