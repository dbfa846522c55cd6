package org.menkou.content.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.KioskResident;

/** The kiosk's replica of residents (masked). Written by sync only; unversioned because the server owns it. */
public final class KioskResidentRepository {
    private final Jdbi jdbi;

    KioskResidentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void save(KioskResident r) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO kiosk_resident (id, masked_name, tier_code, home_station_id, birth_year) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET masked_name = excluded.masked_name,
                          tier_code = excluded.tier_code, home_station_id = excluded.home_station_id,
                          birth_year = excluded.birth_year""")
                .bind(0, r.id()).bind(1, r.maskedName()).bind(2, r.tierCode()).bind(3, r.homeStationId())
                .bind(4, r.birthYear())
                .execute());
    }

    public boolean delete(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM kiosk_resident WHERE id = ?").bind(0, id).execute()) > 0;
    }

    public Optional<KioskResident> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_resident WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<KioskResident> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk_resident ORDER BY id")
                .map((rs, ctx) -> map(rs)).list());
    }

    private static KioskResident map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KioskResident(rs.getString("id"), rs.getString("masked_name"), rs.getString("tier_code"),
                rs.getString("home_station_id"), rs.getObject("birth_year") == null ? null : rs.getInt("birth_year"));
    }
}
