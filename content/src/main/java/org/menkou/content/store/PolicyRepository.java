package org.menkou.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ContentException;
import org.menkou.content.EconomicStatus;
import org.menkou.content.EligibilityCriteria;
import org.menkou.content.EligibilityQuestion;
import org.menkou.content.Policy;
import org.menkou.content.Residence;

/** Policies with their criteria and self-check questions. */
public final class PolicyRepository extends Repository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final ObjectMapper json;

    PolicyRepository(Jdbi jdbi, ContentChanges changes, ObjectMapper json) {
        super(jdbi, changes, ContentEntity.POLICY);
        this.json = json;
    }

    public long save(Policy p) {
        EligibilityCriteria c = p.criteria();
        String economic = c.economicStatus().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return upsert(p.id(), h -> {
            h.createUpdate("""
                            INSERT INTO policy (id, name, summary, min_age, residence, economic, min_care_level,
                              living_alone, benefits, how_to_apply, documents, where_to_ask, sort_order)
                            VALUES (:id, :name, :summary, :age, :res, :eco, :care, :alone, :benefits, :apply, :docs,
                              :ask, :sort)
                            ON CONFLICT (id) DO UPDATE SET name = excluded.name, summary = excluded.summary,
                              min_age = excluded.min_age, residence = excluded.residence, economic = excluded.economic,
                              min_care_level = excluded.min_care_level, living_alone = excluded.living_alone,
                              benefits = excluded.benefits, how_to_apply = excluded.how_to_apply,
                              documents = excluded.documents, where_to_ask = excluded.where_to_ask,
                              sort_order = excluded.sort_order""")
                    .bind("id", p.id()).bind("name", p.name()).bind("summary", p.summary())
                    .bind("age", c.minAge()).bind("res", c.residence().name()).bind("eco", economic)
                    .bind("care", c.minCareLevel()).bind("alone", c.livingAlone() ? 1 : 0)
                    .bind("benefits", p.benefits()).bind("apply", p.howToApply()).bind("docs", toJson(p.documents()))
                    .bind("ask", p.whereToAsk()).bind("sort", p.sortOrder())
                    .execute();
            h.createUpdate("DELETE FROM policy_question WHERE policy_id = ?").bind(0, p.id()).execute();
            for (int i = 0; i < p.questions().size(); i++) {
                EligibilityQuestion q = p.questions().get(i);
                h.createUpdate("INSERT INTO policy_question (policy_id, position, text, expect_yes) VALUES (?, ?, ?, ?)")
                        .bind(0, p.id()).bind(1, i).bind(2, q.text()).bind(3, q.expectYes() ? 1 : 0).execute();
            }
        });
    }

    public boolean delete(String id) {
        return delete("policy", id);
    }

    public Optional<Policy> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM policy WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(h, rs)).findOne());
    }

    public List<Policy> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM policy ORDER BY sort_order, id")
                .map((rs, ctx) -> map(h, rs)).list());
    }

    private Policy map(Handle h, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<EligibilityQuestion> questions = h.createQuery(
                        "SELECT text, expect_yes FROM policy_question WHERE policy_id = ? ORDER BY position")
                .bind(0, id)
                .map((q, ctx) -> new EligibilityQuestion(q.getString(1), q.getInt(2) == 1))
                .list();
        String economic = rs.getString("economic");
        Set<EconomicStatus> statuses = economic.isEmpty() ? Set.of()
                : Arrays.stream(economic.split(",")).map(EconomicStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EconomicStatus.class)));
        EligibilityCriteria criteria = new EligibilityCriteria((Integer) rs.getObject("min_age"),
                Residence.valueOf(rs.getString("residence")), statuses, (Integer) rs.getObject("min_care_level"),
                rs.getInt("living_alone") == 1);
        return new Policy(id, rs.getString("name"), rs.getString("summary"), criteria, questions,
                rs.getString("benefits"), rs.getString("how_to_apply"), fromJson(rs.getString("documents")),
                rs.getString("where_to_ask"), rs.getInt("sort_order"));
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new ContentException("cannot encode list", e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new ContentException("corrupt list in store: " + e.getMessage(), e);
        }
    }
}
