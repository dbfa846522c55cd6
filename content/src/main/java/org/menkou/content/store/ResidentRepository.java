package org.menkou.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Resident;

/** Registered residents. Holds personal data: callers decide who may see what (screens show masked names only). */
public final class ResidentRepository extends Repository {
    ResidentRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.RESIDENT);
    }

    public long save(Resident r) {
        return upsert(r.id(), h -> h.createUpdate("""
                        INSERT INTO resident (id, name, birth_year, tier_code, home_station_id)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, birth_year = excluded.birth_year,
                          tier_code = excluded.tier_code, home_station_id = excluded.home_station_id""")
                .bind(0, r.id()).bind(1, r.name()).bind(2, r.birthYear()).bind(3, r.tierCode())
                .bind(4, r.homeStationId())
                .execute());
    }

    public boolean delete(String id) {
        return delete("resident", id);
    }

    public Optional<Resident> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM resident WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<Resident> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM resident ORDER BY id").map((rs, ctx) -> map(rs)).list());
    }

    private static Resident map(ResultSet rs) throws SQLException {
        return new Resident(rs.getString("id"), rs.getString("name"), rs.getInt("birth_year"),
                rs.getString("tier_code"), rs.getString("home_station_id"));
    }
}
