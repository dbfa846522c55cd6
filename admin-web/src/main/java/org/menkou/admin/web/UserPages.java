package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.AuthException;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.Secrets;
import org.menkou.admin.auth.User;
import org.menkou.admin.auth.UserStore;
import org.menkou.content.ContentException;
import org.menkou.content.InvalidContentException;
import org.menkou.content.store.ContentStore;

/**
 * Accounts, admins only. New accounts and password resets get a random password shown once, which the person
 * must change at first login. Nobody's password is ever shown again.
 */
public final class UserPages {
    private final UserStore users;
    private final Secrets secrets;
    private final Views views;
    private final AuditLog audit;
    private final ContentStore store;

    public UserPages(UserStore users, Secrets secrets, Views views, AuditLog audit, ContentStore store) {
        this.users = users;
        this.secrets = secrets;
        this.views = views;
        this.audit = audit;
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/users", this::list, Role.ADMIN);
        routes.post("/users/new", this::create, Role.ADMIN);
        routes.post("/users/{id}", this::update, Role.ADMIN);
        routes.post("/users/{id}/password", this::reset, Role.ADMIN);
    }

    private void list(Context ctx) {
        show(ctx, null, Map.of());
    }

    private void show(Context ctx, String error, Map<String, String> values) {
        Map<String, Object> model = new HashMap<>();
        model.put("users", users.all());
        model.put("roles", Arrays.stream(Role.values()).filter(Role::isUserRole).toList());
        model.put("stations", store.stations().all());
        model.put("values", values);
        if (error != null) {
            model.put("error", error);
        }
        views.render(ctx, "users.peb", "用户", model);
    }

    private void create(Context ctx) {
        User admin = AccessCheck.user(ctx);
        Form form = Form.of(ctx);
        String password = secrets.password(14);
        try {
            User created = users.create(form.get("username"), form.get("displayName"), role(form.get("role")),
                    form.get("stationId"), password, true);
            audit.record(admin.username(), "CREATE", "USER", created.username(), null, created);
            oneTimePassword(ctx, created, password);
        } catch (AuthException | ContentException e) {
            ctx.status(400);
            show(ctx, message(e), form.values());
        }
    }

    private void update(Context ctx) {
        User admin = AccessCheck.user(ctx);
        User before = existing(ctx);
        Form form = Form.of(ctx);
        boolean disabled = form.checked("disabled");
        if (before.id() == admin.id() && (disabled || role(form.get("role")) != Role.ADMIN)) {
            ctx.status(400);
            show(ctx, "不能停用自己，也不能去掉自己的管理员角色", Map.of());
            return;
        }
        try {
            User after = users.update(before.id(), form.get("displayName"), role(form.get("role")),
                    form.get("stationId"), disabled);
            audit.record(admin.username(), "UPDATE", "USER", after.username(), before, after);
            ctx.redirect("/users");
        } catch (AuthException | ContentException e) {
            ctx.status(400);
            show(ctx, message(e), Map.of());
        }
    }

    private void reset(Context ctx) {
        User admin = AccessCheck.user(ctx);
        User user = existing(ctx);
        if (!new Confirmation(views).confirmed(ctx, "真的要重设用户 " + user.username() + "（" + user.displayName()
                + "）的密码吗？旧密码马上失效，本人要用新的临时密码登录。", "重设密码", "/users")) {
            return;
        }
        String password = secrets.password(14);
        users.setPassword(user.id(), password, true);
        audit.record(admin.username(), "PASSWORD_RESET", "USER", user.username(), null, null);
        oneTimePassword(ctx, user, password);
    }

    private void oneTimePassword(Context ctx, User user, String password) {
        views.render(ctx, "message.peb", "临时密码", Map.of("message", "用户 " + user.username()
                        + " 的临时密码如下，只显示这一次。请当面交给本人，第一次登录时必须修改。",
                "secret", password, "back", "/users"));
    }

    private static final Map<String, String> LABELS = Map.of("username", "用户名", "displayName", "名字",
            "role", "角色", "stationId", "站点");

    /** The refusal in plain Chinese, naming the field as the form labels it. */
    private static String message(RuntimeException e) {
        return e instanceof InvalidContentException invalid ? FieldMessages.plain(invalid, LABELS::get) : e.getMessage();
    }

    private User existing(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("没有这个用户");
        }
        return users.byId(id).orElseThrow(() -> new NotFoundResponse("没有这个用户"));
    }

    private static Role role(String value) {
        return List.of(Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN).stream().filter(r -> r.name().equals(value))
                .findFirst().orElseThrow(() -> new AuthException("请选择角色"));
    }
}
