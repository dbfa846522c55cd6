package org.menkou.content.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.SubsidyTier;

/** Subsidy tiers in display order. */
public final class TierRepository extends Repository {
    TierRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.SUBSIDY_TIER);
    }

    public long save(SubsidyTier t) {
        return upsert(t.code(), h -> h.createUpdate("""
                        INSERT INTO subsidy_tier (code, name, sort_order) VALUES (?, ?, ?)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order""")
                .bind(0, t.code()).bind(1, t.name()).bind(2, t.sortOrder()).execute());
    }

    public List<SubsidyTier> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM subsidy_tier ORDER BY sort_order, code")
                .map((rs, ctx) -> new SubsidyTier(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order")))
                .list());
    }
}
