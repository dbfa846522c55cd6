package org.menkou.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.menkou.content.Station;
import org.menkou.content.StationKind;

/** Stations, centres and canteens. */
public final class StationRepository extends Repository {
    StationRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.STATION);
    }

    /** Inserts or replaces a station; returns the new content version. */
    public long save(Station s) {
        return upsert(s.id(), h -> h.createUpdate("""
                        INSERT INTO station (id, kind, name, address, opening_hours, phone, parent_id)
                        VALUES (:id, :kind, :name, :address, :hours, :phone, :parent)
                        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                          address = excluded.address, opening_hours = excluded.opening_hours,
                          phone = excluded.phone, parent_id = excluded.parent_id""")
                .bind("id", s.id()).bind("kind", s.kind().name()).bind("name", s.name())
                .bind("address", s.address()).bind("hours", s.openingHours()).bind("phone", s.phone())
                .bind("parent", s.parentId())
                .execute());
    }

    public boolean delete(String id) {
        return delete("station", id);
    }

    public Optional<Station> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM station WHERE id = ?").bind(0, id)
                .map(StationRepository::map).findOne());
    }

    /** All stations, centres first, then by name. */
    public List<Station> all() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM station
                        ORDER BY CASE kind WHEN 'CENTRE' THEN 0 WHEN 'STATION' THEN 1 ELSE 2 END, id""")
                .map(StationRepository::map).list());
    }

    public List<Station> ofKind(StationKind kind) {
        return all().stream().filter(s -> s.kind() == kind).toList();
    }

    private static Station map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Station(rs.getString("id"), StationKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("address"), rs.getString("opening_hours"), rs.getString("phone"),
                rs.getString("parent_id"));
    }
}
