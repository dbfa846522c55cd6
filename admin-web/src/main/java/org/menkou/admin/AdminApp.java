package org.menkou.admin;

import io.javalin.Javalin;
import java.util.Map;
import org.menkou.content.store.ContentStore;

/**
 * The admin web application, built from its dependencies so a test can build it on a temporary store and call it
 * over real HTTP. {@link #create()} returns an unstarted Javalin; the caller starts and stops it.
 */
public final class AdminApp {
    private final ContentStore store;

    public AdminApp(ContentStore store) {
        this.store = store;
    }

    public Javalin create() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000_000L;
        });
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok", "contentVersion", store.changes().currentVersion())));
        return app;
    }
}
