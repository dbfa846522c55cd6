package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.menkou.admin.auth.Role;
import org.menkou.admin.cluster.Lease;
import org.menkou.content.store.ContentStore;

/**
 * The start page, the stylesheet and the health check ({@code /health}: status, content version, this node's id and
 * whether it leads the singleton work).
 */
public final class HomePage {
    private final ContentStore store;
    private final Views views;
    private final Lease lease;
    private final byte[] css;

    public HomePage(ContentStore store, Views views, Lease lease) {
        this.store = store;
        this.views = views;
        this.lease = lease;
        try (InputStream in = HomePage.class.getResourceAsStream("/static/menkou.css")) {
            this.css = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("stylesheet missing from the jar", e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home, Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "contentVersion", store.changes().currentVersion(),
                "node", lease.node(), "leader", lease.held())), Role.ANYONE);
        routes.get("/static/menkou.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css), Role.ANYONE);
    }

    private void home(Context ctx) {
        views.render(ctx, "home.peb", "门口 · 管理", Map.of("contentVersion", store.changes().currentVersion(),
                "passwordChanged", "changed".equals(ctx.queryParam("password"))));
    }
}
