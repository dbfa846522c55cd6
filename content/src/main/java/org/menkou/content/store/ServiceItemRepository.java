package org.menkou.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.ServiceItem;

/** Service items and the stations that offer them. */
public final class ServiceItemRepository extends Repository {
    ServiceItemRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.SERVICE_ITEM);
    }

    public long save(ServiceItem i) {
        return upsert(i.id(), h -> {
            h.createUpdate("""
                            INSERT INTO service_item (id, category_id, name, summary, eligibility, fees, provides, hours,
                              provider, how_to_apply, location, phone, sort_order)
                            VALUES (:id, :cat, :name, :summary, :elig, :fees, :provides, :hours, :provider, :apply,
                              :location, :phone, :sort)
                            ON CONFLICT (id) DO UPDATE SET category_id = excluded.category_id, name = excluded.name,
                              summary = excluded.summary, eligibility = excluded.eligibility, fees = excluded.fees,
                              provides = excluded.provides, hours = excluded.hours, provider = excluded.provider,
                              how_to_apply = excluded.how_to_apply, location = excluded.location,
                              phone = excluded.phone, sort_order = excluded.sort_order""")
                    .bind("id", i.id()).bind("cat", i.categoryId()).bind("name", i.name())
                    .bind("summary", i.summary()).bind("elig", i.eligibility()).bind("fees", i.fees())
                    .bind("provides", i.provides()).bind("hours", i.hours()).bind("provider", i.provider())
                    .bind("apply", i.howToApply()).bind("location", i.location()).bind("phone", i.phone())
                    .bind("sort", i.sortOrder())
                    .execute();
            h.createUpdate("DELETE FROM service_item_station WHERE item_id = ?").bind(0, i.id()).execute();
            for (String station : i.stationIds()) {
                h.createUpdate("INSERT INTO service_item_station (item_id, station_id) VALUES (?, ?)")
                        .bind(0, i.id()).bind(1, station).execute();
            }
        });
    }

    public boolean delete(String id) {
        return delete("service_item", id);
    }

    public Optional<ServiceItem> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM service_item WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(h, rs)).findOne());
    }

    /** The items of one category in display order. */
    public List<ServiceItem> inCategory(String categoryId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM service_item WHERE category_id = ? ORDER BY sort_order, id")
                .bind(0, categoryId).map((rs, ctx) -> map(h, rs)).list());
    }

    public int count() {
        return count("service_item");
    }

    private static ServiceItem map(Handle h, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> stations = h.createQuery(
                        "SELECT station_id FROM service_item_station WHERE item_id = ? ORDER BY station_id")
                .bind(0, id).mapTo(String.class).list();
        return new ServiceItem(id, rs.getString("category_id"), rs.getString("name"), rs.getString("summary"),
                rs.getString("eligibility"), rs.getString("fees"), rs.getString("provides"), rs.getString("hours"),
                rs.getString("provider"), rs.getString("how_to_apply"), rs.getString("location"),
                rs.getString("phone"), stations, rs.getInt("sort_order"));
    }
}
