package org.menkou.content.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ServiceCategory;

/** Service categories, in their display order. */
public final class CategoryRepository extends Repository {
    CategoryRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.SERVICE_CATEGORY);
    }

    public long save(ServiceCategory c) {
        return upsert(c.id(), h -> h.createUpdate("""
                        INSERT INTO service_category (id, name, summary, sort_order) VALUES (?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, summary = excluded.summary,
                          sort_order = excluded.sort_order""")
                .bind(0, c.id()).bind(1, c.name()).bind(2, c.summary()).bind(3, c.sortOrder())
                .execute());
    }

    /** Deletes a category; refused by the database while items still belong to it. */
    public boolean delete(String id) {
        return delete("service_category", id);
    }

    public Optional<ServiceCategory> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM service_category WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> new ServiceCategory(rs.getString("id"), rs.getString("name"),
                        rs.getString("summary"), rs.getInt("sort_order")))
                .findOne());
    }

    public List<ServiceCategory> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM service_category ORDER BY sort_order, id")
                .map((rs, ctx) -> new ServiceCategory(rs.getString("id"), rs.getString("name"),
                        rs.getString("summary"), rs.getInt("sort_order")))
                .list());
    }
}
