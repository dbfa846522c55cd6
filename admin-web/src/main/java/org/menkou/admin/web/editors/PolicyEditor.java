package org.menkou.admin.web.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Editor;
import org.menkou.admin.web.Field;
import org.menkou.admin.web.Field.Option;
import org.menkou.admin.web.Form;
import org.menkou.content.EconomicStatus;
import org.menkou.content.EligibilityCriteria;
import org.menkou.content.EligibilityQuestion;
import org.menkou.content.Policy;
import org.menkou.content.Residence;
import org.menkou.content.store.ContentStore;

/** Policies with their criteria and the kiosk's self-check questions (up to 6); advisors and admins. */
public final class PolicyEditor implements Editor<Policy> {
    private static final int QUESTIONS = 6;
    private static final List<Option> ECONOMIC = Arrays.stream(EconomicStatus.values())
            .map(e -> new Option(e.name(), e.label())).toList();
    private static final List<Option> YES_NO = List.of(new Option("yes", "回答“是”才符合"), new Option("no", "回答“不是”才符合"));

    private final ContentStore store;

    public PolicyEditor(ContentStore store) {
        this.store = store;
    }

    @Override public String path() { return "policies"; }
    @Override public String title() { return "政策"; }
    @Override public String entity() { return "POLICY"; }
    @Override public Role[] roles() { return new Role[] {Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("名称", "简介", "自测问题数"); }
    @Override public List<Policy> list(User user) { return store.policies().all(); }

    @Override
    public List<String> row(Policy p) {
        return List.of(p.name(), p.summary(), Integer.toString(p.questions().size()));
    }

    @Override public String key(Policy p) { return p.id(); }
    @Override public Optional<Policy> find(String key) { return store.policies().find(key); }

    @Override
    public List<Field> fields(User user, boolean creating) {
        List<Field> out = new ArrayList<>(List.of(Field.text("id", "编号", null), Field.text("name", "名称", "最多 16 个字"),
                Field.area("summary", "简介", null), Field.heading("申请条件"),
                Field.text("minAge", "最低年龄（可空）", null),
                Field.select("residence", "户籍", Arrays.stream(Residence.values()).map(r -> new Option(r.name(), r.label())).toList()),
                Field.checkboxes("economic", "经济状况（任一即可；都不选表示不限）", ECONOMIC),
                Field.text("minCareLevel", "最低照护等级 1-6（可空）", null),
                Field.of(Field.Type.CHECKBOX, "livingAlone", "只限独居老人"),
                Field.area("benefits", "能得到什么", null), Field.area("howToApply", "怎么申请", null),
                Field.area("documents", "要带的材料（一行一项）", null), Field.area("whereToAsk", "去哪里问", null),
                Field.of(Field.Type.NUMBER, "sortOrder", "排序（小的在前）"),
                Field.heading("终端上的自测问题（我能申请吗？最多 6 个，空着的不用）")));
        for (int i = 1; i <= QUESTIONS; i++) {
            out.add(Field.text("q" + i, "问题 " + i, "最多 40 个字"));
            out.add(Field.select("q" + i + "yes", "问题 " + i + " 的符合条件", YES_NO));
        }
        return out;
    }

    @Override
    public Map<String, String> toForm(Policy p) {
        EligibilityCriteria c = p.criteria();
        Map<String, String> m = new HashMap<>(Map.of("id", p.id(), "name", p.name(), "summary", p.summary(),
                "minAge", Editors.orEmpty(c.minAge()), "residence", c.residence().name(),
                "minCareLevel", Editors.orEmpty(c.minCareLevel()), "benefits", p.benefits(),
                "howToApply", p.howToApply(), "documents", String.join("\n", p.documents()),
                "whereToAsk", p.whereToAsk()));
        m.put("sortOrder", Integer.toString(p.sortOrder()));
        if (c.livingAlone()) {
            m.put("livingAlone", "on");
        }
        c.economicStatus().forEach(e -> m.put("economic." + e.name(), "on"));
        for (int i = 0; i < p.questions().size(); i++) {
            m.put("q" + (i + 1), p.questions().get(i).text());
            m.put("q" + (i + 1) + "yes", p.questions().get(i).expectYes() ? "yes" : "no");
        }
        return m;
    }

    @Override public Map<String, String> blank(User user) { return Map.of("residence", "ANY", "sortOrder", "100"); }

    @Override
    public Policy fromForm(Form f, User user) {
        EligibilityCriteria criteria = new EligibilityCriteria(f.optionalInteger("minAge"),
                Editors.enumValue(Residence.class, "residence", f.get("residence")),
                f.ticked("economic", ECONOMIC).stream().map(EconomicStatus::valueOf).collect(Collectors.toSet()),
                f.optionalInteger("minCareLevel"), f.checked("livingAlone"));
        List<EligibilityQuestion> questions = new ArrayList<>();
        for (int i = 1; i <= QUESTIONS; i++) {
            if (f.get("q" + i) != null) {
                questions.add(new EligibilityQuestion(f.get("q" + i), !"no".equals(f.get("q" + i + "yes"))));
            }
        }
        return new Policy(f.get("id"), f.get("name"), f.get("summary"), criteria, questions, f.get("benefits"),
                f.get("howToApply"), f.lines("documents"), f.get("whereToAsk"), f.integer("sortOrder"));
    }

    @Override public boolean mayEdit(User user, Policy p) { return true; }
    @Override public void save(Policy p) { store.policies().save(p); }
    @Override public boolean delete(String key) { return store.policies().delete(key); }

    @Override
    public Optional<Preview> preview(Policy p) {
        List<String> paragraphs = new ArrayList<>(List.of(p.summary(), "能得到：" + p.benefits(),
                "怎么申请：" + p.howToApply(), "要带：" + String.join("、", p.documents()), "去哪里问：" + p.whereToAsk(),
                "我能申请吗？"));
        for (int i = 0; i < p.questions().size(); i++) {
            paragraphs.add((i + 1) + ". " + p.questions().get(i).text() + "  1 是  2 不是");
        }
        return Optional.of(new Preview(p.name(), paragraphs));
    }
}
