package org.menkou.admin.web.editors;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.settlement.ResidentHistory;
import org.menkou.admin.web.Editor;
import org.menkou.admin.web.Field;
import org.menkou.admin.web.Form;
import org.menkou.content.Resident;
import org.menkou.content.StationKind;
import org.menkou.content.card.RevocationReason;
import org.menkou.content.store.ContentStore;

/**
 * Residents with their emergency contact; advisors and admins only (personal data). The resident goes to the
 * content store (kiosks get only a masked view); the contact stays in the server's {@code resident_contact} table.
 */
public final class ResidentEditor implements Editor<ResidentEditor.ResidentRecord> {
    /** What this page edits: the resident and their emergency contact. */
    public record ResidentRecord(Resident resident, EmergencyContact contact) {
    }

    private final ContentStore store;
    private final Jdbi admin;
    private final Choices choices;
    private final ResidentHistory history;

    /** @param history where changes of tier and station, creations and deletions are recorded for settlement */
    public ResidentEditor(ContentStore store, Jdbi admin, ResidentHistory history) {
        this.store = store;
        this.admin = admin;
        this.history = history;
        this.choices = new Choices(store);
    }

    @Override public String path() { return "residents"; }
    @Override public String title() { return "居民"; }
    @Override public String entity() { return "RESIDENT"; }
    @Override public Role[] roles() { return new Role[] {Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("编号", "姓名", "终端显示", "出生年", "补贴档次", "所属站点"); }

    @Override
    public List<ResidentRecord> list(User user) {
        return store.residents().all().stream().map(r -> new ResidentRecord(r, contact(r.id()).orElse(null))).toList();
    }

    @Override
    public List<String> row(ResidentRecord r) {
        Resident p = r.resident();
        return List.of(p.id(), p.name(), p.maskedName(), Integer.toString(p.birthYear()), choices.tierName(p.tierCode()),
                choices.stationName(p.homeStationId()));
    }

    @Override public String key(ResidentRecord r) { return r.resident().id(); }

    @Override
    public Optional<ResidentRecord> find(String key) {
        return store.residents().find(key).map(r -> new ResidentRecord(r, contact(key).orElse(null)));
    }

    @Override
    public List<Field> fields(User user, boolean creating) {
        return List.of(Field.text("id", "编号", "不要用身份证号；例如 r-0012"), Field.text("name", "姓名", "终端上只显示打码后的姓名"),
                Field.of(Field.Type.NUMBER, "birthYear", "出生年份"), Field.select("tierCode", "补贴档次", choices.tiers()),
                Field.select("homeStationId", "所属站点", choices.stationsFor(user, false, s -> s.kind() == StationKind.STATION)),
                Field.heading("紧急联系人（可空；只保存在服务器，终端不会拿到）"),
                Field.text("contactName", "姓名", null), Field.text("contactRelation", "关系", "例如 女儿"),
                Field.text("contactPhone", "电话", null));
    }

    @Override
    public Map<String, String> toForm(ResidentRecord r) {
        Resident p = r.resident();
        Map<String, String> m = new java.util.HashMap<>(Map.of("id", p.id(), "name", p.name(),
                "birthYear", Integer.toString(p.birthYear()), "tierCode", p.tierCode(), "homeStationId", p.homeStationId()));
        if (r.contact() != null) {
            m.put("contactName", r.contact().name());
            m.put("contactRelation", r.contact().relation());
            m.put("contactPhone", r.contact().phone());
        }
        return m;
    }

    @Override
    public Map<String, String> blank(User user) {
        return Map.of("birthYear", Integer.toString(Year.now().getValue() - 75));
    }

    @Override
    public ResidentRecord fromForm(Form f, User user) {
        Resident r = new Resident(f.get("id"), f.get("name"), f.integer("birthYear"), f.get("tierCode"),
                f.get("homeStationId"));
        boolean noContact = f.get("contactName") == null && f.get("contactRelation") == null
                && f.get("contactPhone") == null;
        return new ResidentRecord(r, noContact ? null
                : new EmergencyContact(f.get("contactName"), f.get("contactRelation"), f.get("contactPhone")));
    }

    @Override public boolean mayEdit(User user, ResidentRecord r) { return true; }

    @Override
    public void save(ResidentRecord r) {
        Optional<Resident> before = store.residents().find(r.resident().id());
        store.residents().save(r.resident());
        history.saved(before, r.resident());
        if (r.contact() == null) {
            admin.useHandle(h -> h.createUpdate("DELETE FROM resident_contact WHERE resident_id = ?")
                    .bind(0, r.resident().id()).execute());
            return;
        }
        admin.useHandle(h -> h.createUpdate("""
                        INSERT INTO resident_contact (resident_id, contact_name, relation, contact_phone) VALUES (?, ?, ?, ?)
                        ON CONFLICT (resident_id) DO UPDATE SET contact_name = excluded.contact_name,
                          relation = excluded.relation, contact_phone = excluded.contact_phone""")
                .bind(0, r.resident().id()).bind(1, r.contact().name()).bind(2, r.contact().relation())
                .bind(3, r.contact().phone()).execute());
    }

    /** Deleting a resident also revokes their cards (WITHDRAWN), so no kiosk accepts them after its next sync. */
    @Override
    public boolean delete(String key) {
        admin.useHandle(h -> h.createUpdate("DELETE FROM resident_contact WHERE resident_id = ?").bind(0, key).execute());
        Optional<Resident> before = store.residents().find(key);
        boolean deleted = store.residents().delete(key);
        if (deleted) {
            before.ifPresent(history::deleted);
        }
        store.cards().revokeAllOf(key, RevocationReason.WITHDRAWN);
        return deleted;
    }

    @Override
    public Optional<RowLink> rowLink() {
        return Optional.of(new RowLink("card", "打印居民服务卡"));
    }

    @Override
    public Optional<Preview> preview(ResidentRecord r) {
        Resident p = r.resident();
        return Optional.of(new Preview("刷卡后终端显示", List.of("您好，" + p.maskedName() + "！",
                "补贴档次：" + choices.tierName(p.tierCode()))));
    }

    private Optional<EmergencyContact> contact(String residentId) {
        return admin.withHandle(h -> h.createQuery(
                        "SELECT contact_name, relation, contact_phone FROM resident_contact WHERE resident_id = ?")
                .bind(0, residentId)
                .map((rs, ctx) -> new EmergencyContact(rs.getString(1), rs.getString(2), rs.getString(3))).findOne());
    }
}
