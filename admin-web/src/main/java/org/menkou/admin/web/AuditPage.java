package org.menkou.admin.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.Role;

/** The audit log, newest first, for admins. */
public final class AuditPage {
    private final AuditLog audit;
    private final Views views;

    public AuditPage(AuditLog audit, Views views) {
        this.audit = audit;
        this.views = views;
    }

    public void register(Javalin app) {
        app.get("/audit", this::show, Role.ADMIN);
    }

    private void show(Context ctx) {
        int page = ctx.queryParamAsClass("page", Integer.class).getOrDefault(0);
        String entity = ctx.queryParam("entity");
        var entries = audit.page(page, entity == null || entity.isBlank() ? null : entity);
        views.render(ctx, "audit.peb", "修改记录", Map.of("entries", entries, "page", Math.max(0, page),
                "hasNext", entries.size() == AuditLog.PAGE, "entity", entity == null ? "" : entity));
    }
}
