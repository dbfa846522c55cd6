package org.menkou.admin.web.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Editor;
import org.menkou.admin.web.Field;
import org.menkou.admin.web.Field.Option;
import org.menkou.admin.web.Form;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.store.ContentStore;

/** Service items with every field of the guideline; advisors and admins. */
public final class ServiceEditor implements Editor<ServiceItem> {
    private static final List<String[]> TEXTS = List.of(
            new String[] {"name", "名称", "最多 16 个字"}, new String[] {"summary", "一句话介绍", "最多 24 个字"},
            new String[] {"eligibility", "适用对象", null}, new String[] {"fees", "收费标准", null},
            new String[] {"provides", "服务内容", null}, new String[] {"hours", "服务时间", null},
            new String[] {"provider", "服务承接方", null}, new String[] {"howToApply", "怎么申请", null},
            new String[] {"location", "服务地点", null}, new String[] {"phone", "电话", "数字、空格和 -"});

    private final ContentStore store;
    private final Choices choices;

    public ServiceEditor(ContentStore store) {
        this.store = store;
        this.choices = new Choices(store);
    }

    @Override public String path() { return "services"; }
    @Override public String title() { return "服务项目"; }
    @Override public String entity() { return "SERVICE_ITEM"; }
    @Override public Role[] roles() { return new Role[] {Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("名称", "类别", "一句话介绍", "电话"); }

    @Override
    public List<ServiceItem> list(User user) {
        return store.categories().all().stream().flatMap(c -> store.services().inCategory(c.id()).stream()).toList();
    }

    @Override
    public List<String> row(ServiceItem i) {
        String category = store.categories().find(i.categoryId()).map(ServiceCategory::name).orElse(i.categoryId());
        return List.of(i.name(), category, i.summary(), i.phone());
    }

    @Override public String key(ServiceItem i) { return i.id(); }
    @Override public Optional<ServiceItem> find(String key) { return store.services().find(key); }

    @Override
    public List<Field> fields(User user, boolean creating) {
        List<Field> out = new java.util.ArrayList<>();
        out.add(Field.text("id", "编号", "小写字母、数字和 -"));
        out.add(Field.select("categoryId", "类别",
                store.categories().all().stream().map(c -> new Option(c.id(), c.name())).toList()));
        for (String[] t : TEXTS) {
            boolean line = t[2] != null;
            out.add(line ? Field.text(t[0], t[1], t[2]) : Field.area(t[0], t[1], null));
        }
        out.add(Field.checkboxes("stationIds", "提供服务的站点", choices.allStations(false)));
        out.add(Field.of(Field.Type.NUMBER, "sortOrder", "排序（小的在前）"));
        return out;
    }

    @Override
    public Map<String, String> toForm(ServiceItem i) {
        Map<String, String> m = new HashMap<>(Map.of("id", i.id(), "categoryId", i.categoryId(), "name", i.name(),
                "summary", i.summary(), "eligibility", i.eligibility(), "fees", i.fees(), "provides", i.provides(),
                "hours", i.hours(), "provider", i.provider(), "howToApply", i.howToApply()));
        m.put("location", i.location());
        m.put("phone", i.phone());
        m.put("sortOrder", Integer.toString(i.sortOrder()));
        i.stationIds().forEach(s -> m.put("stationIds." + s, "on"));
        return m;
    }

    @Override
    public Map<String, String> blank(User user) {
        return Map.of("sortOrder", "100");
    }

    @Override
    public ServiceItem fromForm(Form f, User user) {
        return new ServiceItem(f.get("id"), f.get("categoryId"), f.get("name"), f.get("summary"), f.get("eligibility"),
                f.get("fees"), f.get("provides"), f.get("hours"), f.get("provider"), f.get("howToApply"),
                f.get("location"), f.get("phone"), f.ticked("stationIds", choices.allStations(false)),
                f.integer("sortOrder"));
    }

    @Override public boolean mayEdit(User user, ServiceItem i) { return true; }
    @Override public void save(ServiceItem i) { store.services().save(i); }
    @Override public boolean delete(String key) { return store.services().delete(key); }

    @Override
    public Optional<Preview> preview(ServiceItem i) {
        return Optional.of(new Preview(i.name(), List.of(i.summary(), "适用对象：" + i.eligibility(),
                "收费：" + i.fees(), "服务内容：" + i.provides(), "时间：" + i.hours(), "承接方：" + i.provider(),
                "怎么申请：" + i.howToApply(), "地点：" + i.location(), "电话：" + i.phone())));
    }
}
