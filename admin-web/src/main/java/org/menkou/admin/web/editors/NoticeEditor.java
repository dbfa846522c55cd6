package org.menkou.admin.web.editors;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Editor;
import org.menkou.admin.web.Field;
import org.menkou.admin.web.Field.Option;
import org.menkou.admin.web.Form;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.store.ContentStore;

/** Notices and activities: volunteers edit their own station's, advisors and admins all of them. */
public final class NoticeEditor implements Editor<Notice> {
    private final ContentStore store;
    private final Choices choices;

    public NoticeEditor(ContentStore store) {
        this.store = store;
        this.choices = new Choices(store);
    }

    @Override public String path() { return "notices"; }
    @Override public String title() { return "通知和活动"; }
    @Override public String entity() { return "NOTICE"; }
    @Override public Role[] roles() { return new Role[] {Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("标题", "类别", "站点", "开始", "结束"); }

    @Override
    public List<Notice> list(User user) {
        return store.notices().all().stream().filter(n -> mayEdit(user, n)).toList();
    }

    @Override
    public List<String> row(Notice n) {
        return List.of(n.title(), n.kind().label(), choices.stationName(n.stationId()), n.startDate().toString(),
                n.endDate().toString());
    }

    @Override public String key(Notice n) { return n.id(); }
    @Override public Optional<Notice> find(String key) { return store.notices().find(key); }

    @Override
    public List<Field> fields(User user, boolean creating) {
        return List.of(
                Field.text("id", "编号", "小写字母、数字和 -，例如 tea-party-0301"),
                Field.select("kind", "类别", Arrays.stream(NoticeKind.values()).map(k -> new Option(k.name(), k.label())).toList()),
                Field.text("title", "标题", "最多 16 个字，终端上用大字显示"),
                Field.area("body", "内容", "最多 400 个字"),
                Field.select("stationId", "站点", choices.stationsFor(user, true, s -> true)),
                Field.of(Field.Type.DATE, "startDate", "开始日期"),
                Field.of(Field.Type.DATE, "endDate", "结束日期"));
    }

    @Override
    public Map<String, String> toForm(Notice n) {
        return Map.of("id", n.id(), "kind", n.kind().name(), "title", n.title(), "body", n.body(),
                "stationId", n.stationId() == null ? "" : n.stationId(), "startDate", n.startDate().toString(),
                "endDate", n.endDate().toString());
    }

    @Override
    public Map<String, String> blank(User user) {
        LocalDate today = LocalDate.now();
        return Map.of("kind", "NOTICE", "stationId", user.stationId() == null ? "" : user.stationId(),
                "startDate", today.toString(), "endDate", today.plusDays(7).toString());
    }

    @Override
    public Notice fromForm(Form f, User user) {
        return new Notice(f.get("id"), Editors.enumValue(NoticeKind.class, "kind", f.get("kind")), f.get("title"),
                f.get("body"), f.get("stationId"), f.date("startDate"), f.date("endDate"));
    }

    @Override
    public boolean mayEdit(User user, Notice n) {
        return user.mayEditStation(n.stationId());
    }

    @Override public void save(Notice n) { store.notices().save(n); }
    @Override public boolean delete(String key) { return store.notices().delete(key); }

    @Override
    public Optional<Preview> preview(Notice n) {
        // The kiosk's notice screen (NoticeDetailScreen): the title on the title line, then "活动，M月D日到M月D日。"
        // and the body, wrapped together.
        return Optional.of(new Preview(n.title(), List.of(n.kind().label() + "，" + monthDay(n.startDate()) + "到"
                + monthDay(n.endDate()) + "。", n.body())));
    }

    private static String monthDay(java.time.LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
