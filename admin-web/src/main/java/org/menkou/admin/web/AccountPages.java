package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.AuthException;
import org.menkou.admin.auth.InitialAdmin;
import org.menkou.admin.auth.LoginThrottle;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.Secrets;
import org.menkou.admin.auth.Sessions;
import org.menkou.admin.auth.User;
import org.menkou.admin.auth.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login (rate-limited, with a login CSRF token in a double-submit cookie), logout and password change. Cookies are
 * HttpOnly and SameSite=Strict, and Secure when the server is told it is served over HTTPS ({@code --secure-cookies})
 * or the request came through a TLS load balancer that says so ({@code X-Forwarded-Proto: https}).
 */
public final class AccountPages {
    private static final Logger LOG = LoggerFactory.getLogger(AccountPages.class);
    private static final String LOGIN_CSRF_COOKIE = "menkou_login_csrf";

    private final UserStore users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Secrets secrets;
    private final Views views;
    private final AuditLog audit;
    private final Path dataDir;
    private final boolean secureCookies;

    public AccountPages(UserStore users, Sessions sessions, LoginThrottle throttle, Secrets secrets, Views views,
                        AuditLog audit, Path dataDir, boolean secureCookies) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.secrets = secrets;
        this.views = views;
        this.audit = audit;
        this.dataDir = dataDir;
        this.secureCookies = secureCookies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/login", this::loginPage, Role.ANYONE);
        routes.post("/login", this::login, Role.ANYONE);
        routes.post("/logout", this::logout, Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        routes.get("/account/password", this::passwordPage, Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        routes.post("/account/password", this::changePassword, Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
    }

    private void loginPage(Context ctx) {
        showLogin(ctx, null);
    }

    private void showLogin(Context ctx, String error) {
        String token = secrets.token(24);
        setCookie(ctx, LOGIN_CSRF_COOKIE, token, 3600);
        Views.renderAnonymous(ctx, "login.peb", "登录", error == null ? Map.of("loginCsrf", token)
                : Map.of("loginCsrf", token, "error", error));
    }

    private void login(Context ctx) {
        if (!Secrets.same(ctx.cookie(LOGIN_CSRF_COOKIE), ctx.formParam(AccessCheck.CSRF_FIELD))) {
            ctx.status(403);
            showLogin(ctx, "登录页已过期，请重新输入。");
            return;
        }
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String address = ctx.ip();
        Duration wait = throttle.tryAttempt(address, username);
        if (!wait.isZero() && !wait.isNegative()) {
            LOG.warn("login refused (too many failures) for user '{}' from {}", loggable(username), address);
            ctx.status(429);
            showLogin(ctx, "尝试次数太多，请 " + Math.max(1, wait.toMinutes() + 1) + " 分钟后再试。");
            return;
        }
        Optional<User> user = users.verify(username, ctx.formParam("password"));
        if (user.isEmpty()) {
            LOG.warn("login failed for user '{}' from {}", loggable(username), address);
            ctx.status(401);
            showLogin(ctx, "用户名或密码不对。");
            return;
        }
        throttle.succeeded(address, username);
        Sessions.Created created = sessions.create(user.get());
        setCookie(ctx, AccessCheck.SESSION_COOKIE, created.cookie(), (int) Sessions.LIFETIME.toSeconds());
        setCookie(ctx, LOGIN_CSRF_COOKIE, "", 0);
        ctx.redirect(user.get().mustChangePassword() ? "/account/password" : "/");
    }

    private void logout(Context ctx) {
        sessions.end(ctx.cookie(AccessCheck.SESSION_COOKIE));
        setCookie(ctx, AccessCheck.SESSION_COOKIE, "", 0);
        ctx.redirect("/login");
    }

    private void passwordPage(Context ctx) {
        views.render(ctx, "password.peb", "修改密码", Map.of("mustChange", AccessCheck.user(ctx).mustChangePassword()));
    }

    private void changePassword(Context ctx) {
        User user = AccessCheck.user(ctx);
        String next = ctx.formParam("newPassword");
        try {
            if (!users.checkCurrent(user.id(), ctx.formParam("currentPassword"))) {
                throw new AuthException("当前密码不对");
            }
            if (next == null || !next.equals(ctx.formParam("repeatPassword"))) {
                throw new AuthException("两次输入的新密码不一样");
            }
            if (Secrets.same(next, ctx.formParam("currentPassword"))) {
                throw new AuthException("新密码不能和当前密码一样");
            }
            users.setPassword(user.id(), next, false);
        } catch (AuthException e) {
            ctx.status(400);
            views.render(ctx, "password.peb", "修改密码", Map.of("mustChange", user.mustChangePassword(), "error", e.getMessage()));
            return;
        }
        sessions.endOthers(user.id(), ctx.cookie(AccessCheck.SESSION_COOKIE));
        if (user.role() == Role.ADMIN && InitialAdmin.USERNAME.equals(user.username())) {
            InitialAdmin.forget(dataDir);
        }
        audit.record(user.username(), "PASSWORD", "USER", user.username(), null, null);
        ctx.redirect("/?password=changed");
    }

    /** A username as typed, safe for one log line: printable characters only, at most 40. */
    private static String loggable(String username) {
        String printable = username.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secureCookies || forwardedOverHttps(ctx) ? "; Secure" : ""));
    }

    /**
     * The request reached the load balancer over HTTPS, as its {@code X-Forwarded-Proto} says (the first value, when
     * proxies added theirs). A client that sends the header itself only makes its own cookies stricter.
     */
    private static boolean forwardedOverHttps(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        return proto != null && "https".equalsIgnoreCase(proto.split(",", 2)[0].strip());
    }
}
