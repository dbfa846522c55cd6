package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.audit.AuditSubject;
import org.menkou.admin.auth.Role;

/** The audit log, newest first, for admins. */
public final class AuditPage {
    private final AuditLog audit;
    private final Views views;

    public AuditPage(AuditLog audit, Views views) {
        this.audit = audit;
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.get("/audit", this::show, Role.ADMIN);
    }

    /** One audit entry as staff read it: time in the centre's zone, action and kind in words. */
    public record Row(String at, String username, String action, String subject, String entityId, String before,
                      String after) {
    }

    private void show(Context ctx) {
        int page = ctx.queryParamAsClass("page", Integer.class).getOrDefault(0);
        String entity = ctx.queryParam("entity");
        var entries = audit.page(page, entity == null || entity.isBlank() ? null : entity);
        List<Row> rows = entries.stream().map(e -> new Row(views.times().of(e.at()), e.username(),
                AuditAction.labelOf(e.action()), AuditSubject.labelOf(e.entity()), e.entityId(), e.before(), e.after()))
                .toList();
        views.render(ctx, "audit.peb", "修改记录", Map.of("entries", rows, "page", Math.max(0, page),
                "hasNext", entries.size() == AuditLog.PAGE, "entity", entity == null ? "" : entity,
                "subjects", List.of(AuditSubject.values())));
    }
}
