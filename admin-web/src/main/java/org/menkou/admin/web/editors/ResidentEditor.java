package org.menkou.admin.web.editors;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.alarm.family.NotifyChannel;
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
 * Residents with their own phone and emergency contact; advisors and admins only (personal data). The resident goes
 * to the content store (kiosks get only a masked view); the phone stays in the server's {@code resident_phone} table
 * (kiosks hear it masked, at the resident's scan); the contact, their consent to be told of the resident's alarms
 * (who recorded it and when: the editor's audit entry shows the change) and the channel in {@code resident_contact}.
 */
public final class ResidentEditor implements Editor<ResidentEditor.ResidentRecord> {
    /** What this page edits: the resident, their own phone (or null) and their emergency contact (or null). */
    public record ResidentRecord(Resident resident, EmergencyContact contact, ResidentPhone phone) {
    }

    private final ContentStore store;
    private final Jdbi admin;
    private final Choices choices;
    private final Clock clock;
    private final ResidentHistory history;

    /**
     * @param clock   stamps when consent was recorded
     * @param history where changes of tier and station, creations and deletions are recorded for settlement
     */
    public ResidentEditor(ContentStore store, Jdbi admin, Clock clock, ResidentHistory history) {
        this.store = store;
        this.admin = admin;
        this.history = history;
        this.choices = new Choices(store);
        this.clock = clock;
    }

    @Override public String path() { return "residents"; }
    @Override public String title() { return "居民"; }
    @Override public String entity() { return "RESIDENT"; }
    @Override public Role[] roles() { return new Role[] {Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("编号", "姓名", "终端显示", "出生年", "补贴档次", "所属站点"); }

    @Override
    public List<ResidentRecord> list(User user) {
        return store.residents().all().stream().map(r -> new ResidentRecord(r, contact(r.id()).orElse(null),
                phone(r.id()).orElse(null))).toList();
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
        return store.residents().find(key).map(r -> new ResidentRecord(r, contact(key).orElse(null),
                phone(key).orElse(null)));
    }

    @Override
    public List<Field> fields(User user, boolean creating) {
        return List.of(Field.text("id", "编号", "不要用身份证号；例如 r-0012"), Field.text("name", "姓名", "终端上只显示打码后的姓名"),
                Field.of(Field.Type.NUMBER, "birthYear", "出生年份"), Field.select("tierCode", "补贴档次", choices.tiers()),
                Field.select("homeStationId", "所属站点", choices.stationsFor(user, false, s -> s.kind() == StationKind.STATION)),
                Field.text("phone", "本人电话", "可空；顾问打电话联系服务申请用，终端上只报打码后的号码"),
                Field.heading("紧急联系人（可空；只保存在服务器，终端不会拿到）"),
                Field.text("contactName", "姓名", null), Field.text("contactRelation", "关系", "例如 女儿"),
                Field.text("contactPhone", "电话", null),
                Field.of(Field.Type.CHECKBOX, "consent", "家属已同意：居民在终端刷卡后按紧急呼叫时通知他们（呼叫时和处理完时各一次）"),
                Field.select("notifyChannel", "通知方式", channels()),
                Field.text("notifyAddress", "邮箱或网址", "短信发到上面的电话；邮件填邮箱；网络推送填 https:// 网址"));
    }

    private static List<Field.Option> channels() {
        List<Field.Option> options = new java.util.ArrayList<>(List.of(new Field.Option("", "不通知")));
        for (NotifyChannel c : NotifyChannel.values()) {
            options.add(new Field.Option(c.name(), c.label()));
        }
        return options;
    }

    @Override
    public Map<String, String> toForm(ResidentRecord r) {
        Resident p = r.resident();
        Map<String, String> m = new java.util.HashMap<>(Map.of("id", p.id(), "name", p.name(),
                "birthYear", Integer.toString(p.birthYear()), "tierCode", p.tierCode(), "homeStationId", p.homeStationId()));
        if (r.phone() != null) {
            m.put("phone", r.phone().phone());
        }
        if (r.contact() != null) {
            m.put("contactName", r.contact().name());
            m.put("contactRelation", r.contact().relation());
            m.put("contactPhone", r.contact().phone());
            if (r.contact().consent()) {
                m.put("consent", "on");
            }
            m.put("notifyChannel", r.contact().channel() == null ? "" : r.contact().channel().name());
            if (r.contact().address() != null) {
                m.put("notifyAddress", r.contact().address());
            }
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
        ResidentPhone phone = f.get("phone") == null ? null : new ResidentPhone(f.get("phone"));
        if (noContact) {
            return new ResidentRecord(r, null, phone);
        }
        boolean consent = f.checked("consent");
        Optional<EmergencyContact> before = contact(r.id());
        boolean unchanged = before.isPresent() && before.get().consent() == consent;
        String at = unchanged ? before.get().consentAt() : Instant.now(clock).toString();
        String by = unchanged ? before.get().consentBy() : user.username();
        return new ResidentRecord(r, new EmergencyContact(f.get("contactName"), f.get("contactRelation"),
                f.get("contactPhone"), consent, at, by, NotifyChannel.of(f.get("notifyChannel")).orElse(null),
                f.get("notifyAddress")), phone);
    }

    @Override public boolean mayEdit(User user, ResidentRecord r) { return true; }

    @Override
    public void save(ResidentRecord r) {
        Optional<Resident> before = store.residents().find(r.resident().id());
        store.residents().save(r.resident());
        history.saved(before, r.resident());
        savePhone(r.resident().id(), r.phone());
        if (r.contact() == null) {
            admin.useHandle(h -> h.createUpdate("DELETE FROM resident_contact WHERE resident_id = ?")
                    .bind(0, r.resident().id()).execute());
            return;
        }
        EmergencyContact c = r.contact();
        admin.useHandle(h -> h.createUpdate("""
                        INSERT INTO resident_contact (resident_id, contact_name, relation, contact_phone, consent,
                                                      consent_at, consent_by, notify_channel, notify_address)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (resident_id) DO UPDATE SET contact_name = excluded.contact_name,
                          relation = excluded.relation, contact_phone = excluded.contact_phone,
                          consent = excluded.consent, consent_at = excluded.consent_at, consent_by = excluded.consent_by,
                          notify_channel = excluded.notify_channel, notify_address = excluded.notify_address""")
                .bind(0, r.resident().id()).bind(1, c.name()).bind(2, c.relation()).bind(3, c.phone())
                .bind(4, c.consent() ? 1 : 0).bind(5, c.consentAt()).bind(6, c.consentBy())
                .bind(7, c.channel() == null ? null : c.channel().name()).bind(8, c.address()).execute());
    }

    /** Deleting a resident also revokes their cards (WITHDRAWN), so no kiosk accepts them after its next sync. */
    @Override
    public boolean delete(String key) {
        admin.useHandle(h -> h.createUpdate("DELETE FROM resident_contact WHERE resident_id = ?").bind(0, key).execute());
        Optional<Resident> before = store.residents().find(key);
        savePhone(key, null);
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

    private void savePhone(String residentId, ResidentPhone phone) {
        admin.useTransaction(h -> {
            h.createUpdate("DELETE FROM resident_phone WHERE resident_id = ?").bind(0, residentId).execute();
            if (phone != null) {
                h.createUpdate("INSERT INTO resident_phone (resident_id, phone) VALUES (?, ?)").bind(0, residentId)
                        .bind(1, phone.phone()).execute();
            }
        });
    }

    private Optional<ResidentPhone> phone(String residentId) {
        return admin.withHandle(h -> h.createQuery("SELECT phone FROM resident_phone WHERE resident_id = ?")
                .bind(0, residentId).mapTo(String.class).findOne().map(ResidentPhone::new));
    }

    private Optional<EmergencyContact> contact(String residentId) {
        return admin.withHandle(h -> h.createQuery(
                        """
                        SELECT contact_name, relation, contact_phone, consent, consent_at, consent_by, notify_channel,
                               notify_address
                        FROM resident_contact WHERE resident_id = ?""")
                .bind(0, residentId)
                .map((rs, ctx) -> new EmergencyContact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) == 1, rs.getString(5), rs.getString(6),
                        NotifyChannel.of(rs.getString(7)).orElse(null), rs.getString(8)))
                .findOne());
    }
}
