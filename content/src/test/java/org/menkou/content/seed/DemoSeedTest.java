package org.menkou.content.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.CanteenMenu;
import org.menkou.content.ContentException;
import org.menkou.content.Meal;
import org.menkou.content.Notice;
import org.menkou.content.Policy;
import org.menkou.content.Resident;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.db.Database;
import org.menkou.content.seed.typo.Marker;
import org.menkou.content.store.ContentStore;

class DemoSeedTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void seedsTheEightCategoriesAndTheirItemsWithEveryFieldFilled() throws Exception {
        ContentStore store = seeded();
        List<ServiceCategory> categories = store.categories().all();
        assertThat(categories).hasSize(8);
        List<ServiceItem> items = new ArrayList<>();
        categories.forEach(c -> items.addAll(store.services().inCategory(c.id())));
        assertThat(items).as("the guideline's 24 general items and 助浴").hasSize(25);
        for (ServiceItem item : items) {
            assertNoEmptyComponent(item);
            assertThat(item.stationIds()).allSatisfy(id -> assertThat(store.stations().find(id)).isPresent());
        }
        assertThat(categories).allSatisfy(c -> assertThat(store.services().inCategory(c.id())).isNotEmpty());
    }

    @Test
    void seedsTheDemoStreetPoliciesMenusNoticesAndResidents() throws Exception {
        ContentStore store = seeded();
        assertThat(store.stations().ofKind(StationKind.CENTRE)).hasSize(1);
        assertThat(store.stations().ofKind(StationKind.STATION)).hasSize(3);
        List<Station> canteens = store.stations().ofKind(StationKind.CANTEEN);
        assertThat(canteens).hasSize(1);

        List<Policy> policies = store.policies().all();
        assertThat(policies.size()).isGreaterThanOrEqualTo(10);
        assertThat(policies).extracting(Policy::name).contains("长期护理保险", "养老服务补贴", "老年综合津贴",
                "居家适老化改造", "家庭照护床位", "喘息服务", "助餐补贴", "时间银行", "老伙伴计划", "康复辅具租赁");
        for (Policy p : policies) {
            assertNoEmptyComponent(p);
        }

        List<CanteenMenu> menus = store.menus().between(DAY, DAY.plusDays(DemoSeed.MENU_DAYS - 1));
        assertThat(menus).hasSize(DemoSeed.MENU_DAYS * 2);
        assertThat(menus).extracting(CanteenMenu::meal).containsOnly(Meal.LUNCH, Meal.DINNER);
        assertThat(menus).allSatisfy(m -> assertThat(m.canteenId()).isEqualTo(canteens.get(0).id()));
        assertThat(store.tiers().all()).extracting(t -> t.code()).containsExactly("TEKUN", "DIBAO", "AGE80", "STANDARD");

        List<Notice> notices = store.notices().all();
        assertThat(notices).hasSizeGreaterThanOrEqualTo(5);
        assertThat(notices).anySatisfy(n -> assertThat(n.isCurrentOn(DAY)).isFalse());
        assertThat(store.residents().all()).hasSize(10).allSatisfy(r -> assertThat(r.maskedName()).contains("*"));
        assertThat(store.residents().all()).extracting(Resident::tierCode).contains("TEKUN", "DIBAO", "AGE80", "STANDARD");
    }

    @Test
    void seedingTwiceChangesNothing() throws Exception {
        ContentStore store = seeded();
        String before = dump(store);
        long version = store.changes().currentVersion();
        assertThat(new DemoSeed().seedIfEmpty(store, DAY.plusDays(3))).isFalse();
        assertThat(store.changes().currentVersion()).isEqualTo(version);
        assertThat(dump(store)).isEqualTo(before);
    }

    @Test
    void aMisspeltKeyInASeedFileFailsLoudlyAndWritesNothing() {
        ContentStore store = ContentStore.open(Database.openSqlite(dir.resolve("typo.db")), Clock.systemUTC());
        assertThatThrownBy(() -> new DemoSeed(Marker.class).seedIfEmpty(store, DAY))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("stations.yaml")
                .hasMessageContaining("openHours");
        assertThat(store.changes().currentVersion()).isZero();
        assertThat(store.meta(DemoSeed.SEEDED_ON)).isEmpty();
    }

    private ContentStore seeded() {
        ContentStore store = ContentStore.open(Database.openSqlite(dir.resolve("menkou.db")), Clock.systemUTC());
        assertThat(new DemoSeed().seedIfEmpty(store, DAY)).isTrue();
        return store;
    }

    private static void assertNoEmptyComponent(Record r) throws Exception {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value = c.getAccessor().invoke(r);
            assertThat(value).as(r.getClass().getSimpleName() + "." + c.getName()).isNotNull();
            if (value instanceof String s) {
                assertThat(s).as(c.getName()).isNotBlank();
            }
            if (value instanceof Collection<?> list) {
                assertThat(list).as(c.getName()).isNotEmpty();
            }
        }
    }

    /** Every row of every table but the migration history, in a stable order, as text. */
    static String dump(ContentStore store) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Handle h = store.database().jdbi().open(); Statement s = h.getConnection().createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.startsWith("schema_history")) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            cells.add(String.valueOf(rs.getObject(i)));
                        }
                        out.append(table).append(':').append(cells.stream().collect(Collectors.joining("|"))).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
