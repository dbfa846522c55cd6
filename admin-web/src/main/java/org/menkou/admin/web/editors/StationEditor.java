package org.menkou.admin.web.editors;

import java.util.Arrays;
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
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.store.ContentStore;

/** Stations, centres and canteens; admins only. */
public final class StationEditor implements Editor<Station> {
    private final ContentStore store;
    private final Choices choices;

    public StationEditor(ContentStore store) {
        this.store = store;
        this.choices = new Choices(store);
    }

    @Override public String path() { return "stations"; }
    @Override public String title() { return "站点"; }
    @Override public String entity() { return "STATION"; }
    @Override public Role[] roles() { return new Role[] {Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("名称", "类型", "地址", "电话"); }
    @Override public List<Station> list(User user) { return store.stations().all(); }

    @Override
    public List<String> row(Station s) {
        return List.of(s.name(), s.kind().label(), s.address(), s.phone());
    }

    @Override public String key(Station s) { return s.id(); }
    @Override public Optional<Station> find(String key) { return store.stations().find(key); }

    @Override
    public List<Field> fields(User user, boolean creating) {
        return List.of(Field.text("id", "编号", "小写字母、数字和 -"),
                Field.select("kind", "类型", Arrays.stream(StationKind.values()).map(k -> new Option(k.name(), k.label())).toList()),
                Field.text("name", "名称", "最多 40 个字"), Field.text("address", "地址", null),
                Field.text("openingHours", "开放时间", null), Field.text("phone", "电话", null),
                Field.select("parentId", "所属中心", choices.allStations(true)));
    }

    @Override
    public Map<String, String> toForm(Station s) {
        Map<String, String> m = new HashMap<>(Map.of("id", s.id(), "kind", s.kind().name(), "name", s.name(),
                "address", s.address(), "openingHours", s.openingHours(), "phone", s.phone()));
        m.put("parentId", Editors.orEmpty(s.parentId()));
        return m;
    }

    @Override public Map<String, String> blank(User user) { return Map.of("kind", "STATION"); }

    @Override
    public Station fromForm(Form f, User user) {
        return new Station(f.get("id"), Editors.enumValue(StationKind.class, "kind", f.get("kind")), f.get("name"),
                f.get("address"), f.get("openingHours"), f.get("phone"), f.get("parentId"));
    }

    @Override public boolean mayEdit(User user, Station s) { return true; }
    @Override public void save(Station s) { store.stations().save(s); }
    @Override public boolean delete(String key) { return store.stations().delete(key); }
}
