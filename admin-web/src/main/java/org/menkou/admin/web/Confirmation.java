package org.menkou.admin.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.menkou.admin.auth.AccessCheck;

/**
 * The confirmation step of an action that cannot be undone (delete, revoke a kiosk token, reset a password). A POST
 * without {@value #FIELD}{@code =yes} changes nothing and answers with a page that asks, whose 确认 button posts the
 * same form again with {@value #FIELD}{@code =yes} and whose 取消 link goes back without posting anything.
 */
public final class Confirmation {
    public static final String FIELD = "confirmed";

    private final Views views;

    public Confirmation(Views views) {
        this.views = views;
    }

    /**
     * True when the request carries the confirmation; otherwise renders the question and returns false, and the
     * caller must then do nothing.
     *
     * @param question what is about to happen, in plain Chinese
     * @param action   the label of the button that confirms, e.g. 删除
     * @param back     where 取消 leads
     */
    public boolean confirmed(Context ctx, String question, String action, String back) {
        if ("yes".equals(ctx.formParam(FIELD))) {
            return true;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!k.equals(FIELD) && !k.equals(AccessCheck.CSRF_FIELD) && !v.isEmpty()) {
                fields.put(k, v.get(0));
            }
        });
        views.render(ctx, "confirm.peb", "请确认：" + action, Map.of("question", question, "action", action,
                "target", ctx.path(), "fields", fields, "back", back));
        return false;
    }
}
