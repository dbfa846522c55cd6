package org.menkou.admin.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.menkou.admin.auth.Sessions.Session;

/**
 * The one access check, run before every matched route ({@code beforeMatched}). A route is open only to the roles
 * it names: {@link Role#ANYONE} routes to everyone, {@link Role#KIOSK} routes to a valid kiosk token (checked by
 * {@code kioskCheck}), all others to a logged-in user whose role is named, and whose POSTs carry the session's CSRF
 * token. A route naming no roles is refused to everyone. A user who must change their password can reach only that
 * page and logout.
 */
public final class AccessCheck implements Handler {
    public static final String SESSION_COOKIE = "menkou_session";
    public static final String CSRF_FIELD = "csrf";
    private static final String SESSION_ATTRIBUTE = "menkou.session";
    private static final Set<String> PASSWORD_CHANGE_PATHS = Set.of("/account/password", "/logout");

    private final Sessions sessions;
    private final Handler kioskCheck;

    public AccessCheck(Sessions sessions, Handler kioskCheck) {
        this.sessions = sessions;
        this.kioskCheck = kioskCheck;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Role.ANYONE)) {
            return;
        }
        if (roles.contains(Role.KIOSK)) {
            kioskCheck.handle(ctx);
            return;
        }
        Session session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        if (session == null) {
            refuseAnonymous(ctx);
            return;
        }
        User user = session.user();
        if (user.mustChangePassword() && !PASSWORD_CHANGE_PATHS.contains(ctx.path())) {
            ctx.redirect("/account/password");
            ctx.skipRemainingHandlers();
            return;
        }
        if (!roles.contains(user.role())) {
            throw new ForbiddenResponse("你的角色（" + user.role().label() + "）不能打开这个页面");
        }
        ctx.attribute(SESSION_ATTRIBUTE, session);
        if (!HandlerType.GET.equals(ctx.method()) && !Secrets.same(session.csrf(), ctx.formParam(CSRF_FIELD))) {
            throw new CsrfRefusedResponse();
        }
    }

    private static void refuseAnonymous(Context ctx) {
        if (HandlerType.GET.equals(ctx.method())) {
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
            return;
        }
        throw new UnauthorizedResponse("请先登录");
    }

    /** The session of a request that passed the check on a user route. */
    public static Session session(Context ctx) {
        Session s = ctx.attribute(SESSION_ATTRIBUTE);
        if (s == null) {
            throw new UnauthorizedResponse("请先登录");
        }
        return s;
    }

    public static User user(Context ctx) {
        return session(ctx).user();
    }
}
