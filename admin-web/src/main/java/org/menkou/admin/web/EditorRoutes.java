package org.menkou.admin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.User;
import org.menkou.content.ContentException;
import org.menkou.content.InvalidContentException;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.Text;

/**
 * The pages of one {@link Editor}: list, new, edit, delete, kiosk preview. Every change is written to the audit
 * log with the value before and after. Saving publishes: kiosks get the change at their next sync.
 */
public final class EditorRoutes<T> {

    private final Editor<T> editor;
    private final Views views;
    private final AuditLog audit;

    public EditorRoutes(Editor<T> editor, Views views, AuditLog audit) {
        this.editor = editor;
        this.views = views;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        String p = "/" + editor.path();
        routes.get(p, this::list, editor.roles());
        routes.get(p + "/new", this::newForm, editor.roles());
        routes.post(p + "/new", this::create, editor.roles());
        routes.get(p + "/{key}", this::editForm, editor.roles());
        routes.post(p + "/{key}", this::update, editor.roles());
        routes.post(p + "/{key}/delete", this::delete, editor.roles());
        routes.get(p + "/{key}/preview", this::preview, editor.roles());
    }

    private void list(Context ctx) {
        User user = AccessCheck.user(ctx);
        List<Map<String, Object>> rows = editor.list(user).stream().map(v -> Map.<String, Object>of(
                "key", editor.key(v), "cells", editor.row(v), "editable", editor.mayEdit(user, v))).toList();
        Map<String, Object> model = new HashMap<>(Map.of("path", editor.path(), "columns", editor.columns(),
                "rows", rows, "saved", ctx.queryParam("saved") != null));
        editor.rowLink().ifPresent(link -> model.put("rowLink", link));
        views.render(ctx, "list.peb", editor.title(), model);
    }

    private void newForm(Context ctx) {
        User user = AccessCheck.user(ctx);
        form(ctx, user, true, null, editor.blank(user), null);
    }

    private void editForm(Context ctx) {
        User user = AccessCheck.user(ctx);
        T value = existing(ctx);
        form(ctx, user, false, editor.key(value), editor.toForm(value), null);
    }

    private void create(Context ctx) {
        User user = AccessCheck.user(ctx);
        Form form = Form.of(ctx);
        try {
            T value = editor.fromForm(form, user);
            if (editor.find(editor.key(value)).isPresent()) {
                throw new InvalidContentException("id", "已经有这一条了，请改一下或者去修改原来那一条");
            }
            requireMayEdit(user, value);
            editor.save(value);
            audit.record(user.username(), "CREATE", editor.entity(), editor.key(value), null, value);
            ctx.redirect("/" + editor.path() + "?saved=" + editor.key(value));
        } catch (ContentException e) {
            ctx.status(400);
            form(ctx, user, true, null, form.values(), plainMessage(e, user, true), fieldOf(e));
        }
    }

    private void update(Context ctx) {
        User user = AccessCheck.user(ctx);
        T before = existing(ctx);
        requireMayEdit(user, before);
        Form form = Form.of(ctx);
        try {
            T after = editor.fromForm(form, user);
            if (!editor.key(after).equals(editor.key(before))) {
                throw new InvalidContentException("id", "不能修改");
            }
            requireMayEdit(user, after);
            editor.save(after);
            audit.record(user.username(), "UPDATE", editor.entity(), editor.key(after), before, after);
            ctx.redirect("/" + editor.path() + "?saved=" + editor.key(after));
        } catch (ContentException e) {
            ctx.status(400);
            form(ctx, user, false, editor.key(before), form.values(), plainMessage(e, user, false), fieldOf(e));
        }
    }

    private void delete(Context ctx) {
        User user = AccessCheck.user(ctx);
        T before = existing(ctx);
        requireMayEdit(user, before);
        String back = "/" + editor.path() + "/" + editor.key(before);
        if (!new Confirmation(views).confirmed(ctx, "真的要删除“" + editor.row(before).get(0) + "”吗？删除后终端下次同步时也会删掉，不能恢复。",
                "删除", back)) {
            return;
        }
        try {
            editor.delete(editor.key(before));
        } catch (RuntimeException e) {
            ctx.status(409);
            views.render(ctx, "message.peb", "不能删除", Map.of("message",
                    "删除失败：还有其他内容在用它（例如服务项目、通知或居民）。请先修改那些内容。", "back", "/" + editor.path()));
            return;
        }
        audit.record(user.username(), "DELETE", editor.entity(), editor.key(before), before, null);
        ctx.redirect("/" + editor.path() + "?saved=deleted");
    }

    private void preview(Context ctx) {
        T value = existing(ctx);
        Editor.Preview p = editor.preview(value).orElseThrow(() -> new NotFoundResponse("这类内容没有终端预览"));
        // As the kiosk draws a screen: the title on one line, cut at the width; a line between (the kiosk's rule); the
        // body cleaned and wrapped as one text whose paragraphs are the preview's.
        List<String> lines = new java.util.ArrayList<>();
        lines.add(cut(Text.clean(p.title()), KioskTextLayout.KIOSK_COLUMNS));
        lines.add("");
        lines.addAll(KioskTextLayout.wrap(Text.clean(String.join("\n", p.paragraphs())), KioskTextLayout.KIOSK_COLUMNS));
        views.render(ctx, "preview.peb", "终端预览：" + p.title(), Map.of("screen", String.join("\n", lines), "columns", KioskTextLayout.KIOSK_COLUMNS,
                "back", "/" + editor.path() + "/" + editor.key(value)));
    }

    /**
     * After {@link org.menkou.admin.auth.AccessCheck} refused a save of this editor for a stale CSRF token (the user's
     * session is valid): shows the form again with what was typed and asks to save again. False, having done nothing,
     * when the request was not a save of this editor.
     */
    public boolean reshowRefusedSave(Context ctx) {
        String prefix = "/" + editor.path() + "/";
        if (!ctx.path().startsWith(prefix)) {
            return false;
        }
        String rest = ctx.path().substring(prefix.length());
        boolean creating = rest.equals("new");
        if (rest.isEmpty() || rest.contains("/") || (!creating && editor.find(rest).isEmpty())) {
            return false;
        }
        Map<String, String> typed = new HashMap<>(Form.of(ctx).values());
        typed.remove(AccessCheck.CSRF_FIELD);
        ctx.status(403);
        form(ctx, AccessCheck.user(ctx), creating, creating ? null : rest, typed,
                "页面已经过期（可能在别的窗口退出或重新登录过）。你填的内容都还在下面，请检查后再点一次“保存并发布”。");
        return true;
    }

    /** The message of a refused form in plain Chinese, naming the field by the label the form shows. */
    private String plainMessage(ContentException e, User user, boolean creating) {
        if (!(e instanceof InvalidContentException invalid)) {
            return "保存时出了问题，请再试一次；如果还不行，请告诉管理员。";
        }
        return FieldMessages.plain(invalid, name -> label(name, user, creating));
    }

    /** Names of values the domain checks that are not inputs of their own. */
    private static final Map<String, String> DOMAIN_NAMES = Map.ofEntries(Map.entry("id", "编号"),
            Map.entry("sets", "套餐"), Map.entry("stationId", "站点"), Map.entry("name", "名称"), Map.entry("title", "标题"),
            Map.entry("body", "内容"), Map.entry("phone", "电话"), Map.entry("address", "地址"));

    /**
     * The label of the input {@code name}, under its group heading when it has one (e.g. 套餐 2 · 名称); null when
     * the form has no such input and it is not a known domain name.
     */
    private String label(String name, User user, boolean creating) {
        String heading = null;
        for (Field f : editor.fields(user, creating)) {
            if (f.type() == Field.Type.HEADING) {
                heading = f.label().replaceAll("（.*）", "");
            } else if (f.name().equals(name)) {
                String label = f.label().replaceAll("（.*）", "");
                return heading == null ? label : heading + " · " + label;
            }
        }
        return DOMAIN_NAMES.get(name);
    }

    /** The longest start of {@code text} that fits in {@code columns}, cut between characters. */
    private static String cut(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            used += KioskTextLayout.columns(cp);
            if (used > columns) {
                break;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The input a refusal is about, or null. */
    private static String fieldOf(ContentException e) {
        return e instanceof InvalidContentException invalid ? invalid.field() : null;
    }

    private void form(Context ctx, User user, boolean creating, String key, Map<String, String> values, String error) {
        form(ctx, user, creating, key, values, error, null);
    }

    /** @param errorField the input to mark invalid and focus, or null */
    private void form(Context ctx, User user, boolean creating, String key, Map<String, String> values, String error,
                      String errorField) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", editor.path());
        model.put("fields", editor.fields(user, creating).stream().map(f -> f.readOnlyIf(!creating && "id".equals(f.name()))).toList());
        model.put("values", values);
        model.put("action", creating ? "/" + editor.path() + "/new" : "/" + editor.path() + "/" + key);
        model.put("key", key == null ? "" : key);
        model.put("creating", creating);
        model.put("hasPreview", !creating && editor.find(key).flatMap(editor::preview).isPresent());
        if (error != null) {
            model.put("error", error);
        }
        if (errorField != null) {
            model.put("errorField", errorField);
        }
        views.render(ctx, "form.peb", (creating ? "新建：" : "修改：") + editor.title(), model);
    }

    private T existing(Context ctx) {
        return editor.find(ctx.pathParam("key")).orElseThrow(() -> new NotFoundResponse("找不到这一条，可能已被删除"));
    }

    private void requireMayEdit(User user, T value) {
        if (!editor.mayEdit(user, value)) {
            throw new ForbiddenResponse("志愿者只能修改自己站点的内容");
        }
    }
}
