package org.menkou.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.CanteenMenu;
import org.menkou.content.ContentException;
import org.menkou.content.Meal;
import org.menkou.content.Price;
import org.menkou.content.SetMenu;

/** Dated canteen menus; the set menus of one meal are kept together as one JSON column. */
public final class MenuRepository extends Repository {
    private static final TypeReference<List<StoredSet>> SETS = new TypeReference<>() { };
    private final ObjectMapper json;

    MenuRepository(Jdbi jdbi, ContentChanges changes, ObjectMapper json) {
        super(jdbi, changes, ContentEntity.CANTEEN_MENU);
        this.json = json;
    }

    /** Stored form of a set menu: prices in fen. */
    private record StoredSet(String code, String name, List<String> dishes, int basePrice, Map<String, Integer> prices) {
    }

    public long save(CanteenMenu m) {
        return upsert(m.id(), h -> h.createUpdate("""
                        INSERT INTO canteen_menu (id, canteen_id, menu_date, meal, cutoff, serve_from, quota, sets)
                        VALUES (:id, :canteen, :date, :meal, :cutoff, :serve, :quota, :sets)
                        ON CONFLICT (id) DO UPDATE SET cutoff = excluded.cutoff, serve_from = excluded.serve_from,
                          quota = excluded.quota, sets = excluded.sets""")
                .bind("id", m.id()).bind("canteen", m.canteenId()).bind("date", m.date().toString())
                .bind("meal", m.meal().name()).bind("cutoff", m.cutoff().toString())
                .bind("serve", m.serveFrom().toString()).bind("quota", m.quota()).bind("sets", encode(m.sets()))
                .execute());
    }

    public boolean delete(String id) {
        return delete("canteen_menu", id);
    }

    public Optional<CanteenMenu> find(String canteenId, LocalDate date, Meal meal) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM canteen_menu WHERE id = ?")
                .bind(0, canteenId + "/" + date + "/" + meal).map((rs, ctx) -> map(rs)).findOne());
    }

    /** The menu with the stable id {@code canteen/date/meal}, as {@link CanteenMenu#id()} gives it. */
    public Optional<CanteenMenu> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM canteen_menu WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> map(rs)).findOne());
    }

    /** Menus of every canteen dated {@code from} to {@code to} (inclusive), by date, then lunch before dinner. */
    public List<CanteenMenu> between(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM canteen_menu WHERE menu_date BETWEEN ? AND ?
                        ORDER BY menu_date, canteen_id, CASE meal WHEN 'LUNCH' THEN 0 ELSE 1 END""")
                .bind(0, from.toString()).bind(1, to.toString()).map((rs, ctx) -> map(rs)).list());
    }

    public int count() {
        return count("canteen_menu");
    }

    private CanteenMenu map(ResultSet rs) throws SQLException {
        return new CanteenMenu(rs.getString("canteen_id"), LocalDate.parse(rs.getString("menu_date")),
                Meal.valueOf(rs.getString("meal")), LocalTime.parse(rs.getString("cutoff")),
                LocalTime.parse(rs.getString("serve_from")), rs.getInt("quota"), decode(rs.getString("sets")));
    }

    private String encode(List<SetMenu> sets) {
        List<StoredSet> stored = sets.stream().map(s -> {
            Map<String, Integer> prices = new LinkedHashMap<>();
            s.sortedPrices().forEach((tier, price) -> prices.put(tier, price.fen()));
            return new StoredSet(s.code(), s.name(), s.dishes(), s.basePrice().fen(), prices);
        }).toList();
        try {
            return json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new ContentException("cannot encode set menus", e);
        }
    }

    private List<SetMenu> decode(String text) {
        try {
            return json.readValue(text, SETS).stream().map(s -> {
                Map<String, Price> prices = new LinkedHashMap<>();
                s.prices().forEach((tier, fen) -> prices.put(tier, new Price(fen)));
                return new SetMenu(s.code(), s.name(), s.dishes(), new Price(s.basePrice()), prices);
            }).toList();
        } catch (JsonProcessingException e) {
            throw new ContentException("corrupt set menus in store: " + e.getMessage(), e);
        }
    }
}
