package org.menkou.admin.web.editors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Editor;
import org.menkou.admin.web.Field;
import org.menkou.admin.web.Form;
import org.menkou.content.SubsidyTier;
import org.menkou.content.store.ContentStore;

/**
 * Subsidy tiers (补贴档次: 特困, 低保, 80岁以上, 普通 …) for advisors and admins: add one, rename it, reorder. Their
 * meal prices are set per set menu in the menu editor. A tier is never deleted (menus and residents refer to it).
 */
public final class TierEditor implements Editor<SubsidyTier> {
    private final ContentStore store;

    public TierEditor(ContentStore store) {
        this.store = store;
    }

    @Override public String path() { return "tiers"; }
    @Override public String title() { return "补贴档次"; }
    @Override public String entity() { return "SUBSIDY_TIER"; }
    @Override public Role[] roles() { return new Role[] {Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("代码", "名称", "顺序"); }
    @Override public List<SubsidyTier> list(User user) { return store.tiers().all(); }

    @Override
    public List<String> row(SubsidyTier t) {
        return List.of(t.code(), t.name(), Integer.toString(t.sortOrder()));
    }

    @Override public String key(SubsidyTier t) { return t.code(); }

    @Override
    public Optional<SubsidyTier> find(String key) {
        return store.tiers().all().stream().filter(t -> t.code().equals(key)).findFirst();
    }

    @Override
    public List<Field> fields(User user, boolean creating) {
        return List.of(Field.text("code", "代码", "大写字母、数字和 _，例如 DIBAO"), Field.text("name", "名称", "最多 12 个字"),
                Field.of(Field.Type.NUMBER, "sortOrder", "顺序（小的在前）"));
    }

    @Override
    public Map<String, String> toForm(SubsidyTier t) {
        return Map.of("code", t.code(), "name", t.name(), "sortOrder", Integer.toString(t.sortOrder()));
    }

    @Override public Map<String, String> blank(User user) { return Map.of("sortOrder", "10"); }

    @Override
    public SubsidyTier fromForm(Form f, User user) {
        return new SubsidyTier(f.get("code"), f.get("name"), f.integer("sortOrder"));
    }

    @Override public boolean mayEdit(User user, SubsidyTier t) { return true; }
    @Override public void save(SubsidyTier t) { store.tiers().save(t); }

    /** Always refused: menus' prices and residents refer to tiers by code. */
    @Override
    public boolean delete(String key) {
        throw new IllegalStateException("subsidy tiers are never deleted");
    }
}
