package org.menkou.admin.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Response headers every admin response carries: a Content-Security-Policy that allows scripts, styles and
 * connections (fetch, WebSocket) only from this site and no inline script, forbids framing; {@code nosniff}; no
 * referrer; and {@code Cache-Control: no-store} on everything but the static assets, since pages and the kiosk feed
 * carry residents' personal data.
 */
public final class SecurityHeaders implements Handler {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Paths under this prefix are the same for everyone and may be cached. */
    public static final String STATIC_PREFIX = "/static/";

    @Override
    public void handle(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.path().startsWith(STATIC_PREFIX)) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
