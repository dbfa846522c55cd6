package org.menkou.admin.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.Sessions.Session;

/** Renders pages with what every page needs: the user, the CSRF token for its forms and the menu for the role. */
public final class Views {
    /** A menu entry shown to the given roles. */
    public record NavItem(String href, String label, List<Role> roles) {
    }

    private final List<NavItem> nav = new ArrayList<>();
    private final StaffTime times;

    /** @param times how pages show dates and times (the template variable {@code times}) */
    public Views(StaffTime times) {
        this.times = times;
    }

    public StaffTime times() {
        return times;
    }

    /** Adds a menu entry (in order). */
    public void addNav(String href, String label, Role... roles) {
        nav.add(new NavItem(href, label, List.of(roles)));
    }

    /** Renders {@code template} for a logged-in user; {@code model} entries override nothing of the common ones. */
    public void render(Context ctx, String template, String title, Map<String, Object> model) {
        Session session = AccessCheck.session(ctx);
        Map<String, Object> m = new HashMap<>(model);
        m.put("title", title);
        m.put("user", session.user());
        m.put("csrf", session.csrf());
        m.put("times", times);
        m.put("nav", nav.stream().filter(n -> n.roles().contains(session.user().role())).toList());
        ctx.render(template, m);
    }

    /** Renders a page for someone not logged in (the login page). */
    public static void renderAnonymous(Context ctx, String template, String title, Map<String, Object> model) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("title", title);
        m.put("nav", List.of());
        ctx.render(template, m);
    }
}
