package org.menkou.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.CanteenMenu;
import org.menkou.content.ContentException;
import org.menkou.content.EconomicStatus;
import org.menkou.content.EligibilityCriteria;
import org.menkou.content.EligibilityQuestion;
import org.menkou.content.Meal;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.Policy;
import org.menkou.content.Price;
import org.menkou.content.Residence;
import org.menkou.content.Resident;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.SetMenu;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.SubsidyTier;
import org.menkou.content.db.Database;

/** Round trips, migrations and the version log, on real SQLite files. */
class ContentStoreTest {
    @TempDir
    Path dir;
    Database database;
    ContentStore store;

    static final Station CENTRE = new Station("centre", StationKind.CENTRE, "中心", "梧桐路1号", "每天 8:00-17:00", "021-5555 0100", null);
    static final Station STATION = new Station("st-1", StationKind.STATION, "一站", "梧桐路2号", "每天 8:00-17:00", "021-5555 0101", "centre");
    static final Station CANTEEN = new Station("canteen", StationKind.CANTEEN, "食堂", "梧桐路3号", "每天 10:30-18:00", "021-5555 0102", "centre");

    @BeforeEach
    void open() {
        database = Database.openSqlite(dir.resolve("menkou.db"));
        store = ContentStore.open(database, Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
        store.stations().save(CENTRE);
        store.stations().save(STATION);
        store.stations().save(CANTEEN);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void migratesAnEmptyFileAndSetsTheConnectionPragmas() throws Exception {
        Path fresh = dir.resolve("sub/dir/fresh.db");
        try (Database first = Database.openSqlite(fresh)) {
            ContentStore.open(first, Clock.systemUTC());
            assertThat(fresh).exists();
            try (Handle h = first.jdbi().open(); Statement s = h.getConnection().createStatement()) {
                assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("wal");
                assertThat(single(s, "PRAGMA foreign_keys")).isEqualTo("1");
                assertThat(single(s, "PRAGMA busy_timeout")).isEqualTo("5000");
                assertThat(single(s, "SELECT COUNT(*) FROM schema_history_content WHERE success = 1")).isNotEqualTo("0");
                assertThat(single(s, "SELECT COUNT(*) FROM content_change")).isEqualTo("0");
            }
        }
        // Opening again migrates nothing and keeps the data.
        try (Database second = Database.openSqlite(fresh)) {
            ContentStore again = ContentStore.open(second, Clock.systemUTC());
            assertThat(again.changes().currentVersion()).isZero();
        }
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearError() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not sqlite, just text that is long enough to look like a header".repeat(20));
        try (Database junkDatabase = Database.openSqlite(junk)) {
            assertThatThrownBy(() -> ContentStore.open(junkDatabase, Clock.systemUTC()))
                    .isInstanceOf(ContentException.class).hasMessageContaining("cannot open content store");
        }
    }

    @Test
    void roundTripsEveryKindOfContent() {
        store.categories().save(new ServiceCategory("meal", "助餐服务", "吃饭的事", 1));
        ServiceItem item = new ServiceItem("meal-dine", "meal", "堂吃", "到食堂吃饭", "60岁以上", "15元一餐", "两荤一素",
                "每天中午", "梧桐食堂", "带卡来", "梧桐路3号", "021-5555 0102", List.of("canteen", "st-1"), 1);
        store.services().save(item);
        assertThat(store.services().find("meal-dine")).contains(item);
        assertThat(store.services().inCategory("meal")).containsExactly(item);

        Policy policy = new Policy("ltci", "长期护理保险", "照护有人管", new EligibilityCriteria(60, Residence.HUKOU,
                Set.of(EconomicStatus.DIBAO, EconomicStatus.TEKUN), 2, true),
                List.of(new EligibilityQuestion("您满60岁了吗？", true), new EligibilityQuestion("您有工作吗？", false)),
                "有人上门照护", "去中心申请", List.of("身份证", "医保卡"), "问养老顾问", 1);
        store.policies().save(policy);
        assertThat(store.policies().find("ltci")).contains(policy);

        store.tiers().save(new SubsidyTier("DIBAO", "低保", 1));
        store.tiers().save(new SubsidyTier("STANDARD", "普通", 2));
        assertThat(store.tiers().all()).extracting(SubsidyTier::code).containsExactly("DIBAO", "STANDARD");

        LocalDate day = LocalDate.of(2026, 11, 23);
        CanteenMenu menu = new CanteenMenu("canteen", day, Meal.LUNCH, LocalTime.of(10, 0), LocalTime.of(11, 0), 120,
                List.of(new SetMenu("A", "A套餐", List.of("红烧鱼", "炒青菜"), Price.ofYuan("15"),
                        Map.of("DIBAO", Price.ofYuan("3")))));
        store.menus().save(menu);
        assertThat(store.menus().find("canteen", day, Meal.LUNCH)).contains(menu);
        assertThat(store.menus().between(day, day)).containsExactly(menu);
        assertThat(store.menus().between(day.plusDays(1), day.plusDays(3))).isEmpty();

        Notice notice = new Notice("n-1", NoticeKind.ACTIVITY, "量血压", "周三上午免费量血压", "st-1", day, day.plusDays(3));
        store.notices().save(notice);
        assertThat(store.notices().find("n-1")).contains(notice);

        Resident resident = new Resident("r-7k2m9q", "张桂英", 1941, "DIBAO", "st-1");
        store.residents().save(resident);
        assertThat(store.residents().find("r-7k2m9q")).contains(resident);
        assertThat(store.stations().all()).containsExactly(CENTRE, STATION, CANTEEN);
    }

    @Test
    void currentNoticesAreThoseOfTheStationAndOfEveryStationWithinTheirDates() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        store.notices().save(new Notice("all", NoticeKind.NOTICE, "全体", "大家", null, day.minusDays(1), day.plusDays(1)));
        store.notices().save(new Notice("mine", NoticeKind.NOTICE, "本站", "本站", "st-1", day, day));
        store.notices().save(new Notice("other", NoticeKind.NOTICE, "别站", "别站", "canteen", day, day));
        store.notices().save(new Notice("old", NoticeKind.NOTICE, "过期", "过期", null, day.minusDays(5), day.minusDays(1)));
        assertThat(store.notices().current("st-1", day)).extracting(Notice::id).containsExactly("mine", "all");
        assertThat(store.notices().current(null, day)).extracting(Notice::id).containsExactly("all");
    }

    @Test
    void everyWriteBumpsTheVersionAndDeletesLeaveTombstones() {
        long base = store.changes().currentVersion();
        assertThat(base).isEqualTo(3);
        LocalDate day = LocalDate.of(2026, 11, 22);
        long v1 = store.notices().save(new Notice("n-1", NoticeKind.NOTICE, "一", "一", null, day, day));
        long v2 = store.notices().save(new Notice("n-2", NoticeKind.NOTICE, "二", "二", null, day, day));
        long v3 = store.notices().save(new Notice("n-1", NoticeKind.NOTICE, "一改", "一", null, day, day));
        assertThat(List.of(v1, v2, v3)).containsExactly(base + 1, base + 2, base + 3);
        assertThat(store.notices().delete("n-2")).isTrue();
        assertThat(store.notices().delete("n-2")).isFalse();
        assertThat(store.notices().delete("never-existed")).isFalse();
        assertThat(store.changes().currentVersion()).isEqualTo(base + 4);

        // Since the base: n-1 once (its newest version), n-2 as a tombstone.
        assertThat(store.changes().since(base, 100)).containsExactly(
                new ContentChange(base + 3, ContentEntity.NOTICE, "n-1", false),
                new ContentChange(base + 4, ContentEntity.NOTICE, "n-2", true));
        // Paging: the limit keeps the oldest first.
        assertThat(store.changes().since(0, 2)).extracting(ContentChange::entityId).containsExactly("centre", "st-1");
        assertThat(store.changes().since(base + 4, 100)).isEmpty();
    }

    @Test
    void aFailedWriteLeavesNeitherDataNorAVersion() {
        long before = store.changes().currentVersion();
        ServiceItem orphan = new ServiceItem("x-1", "no-such-category", "孤儿", "没有类别", "人", "钱", "事", "时", "谁",
                "怎么", "哪", "021-5555 0100", List.of("st-1"), 1);
        assertThatThrownBy(() -> store.services().save(orphan)).isInstanceOf(RuntimeException.class);
        assertThat(store.changes().currentVersion()).isEqualTo(before);
        assertThat(store.services().find("x-1")).isEmpty();
    }

    @Test
    void aTransactionSpanningRepositoriesIsAllOrNothing() {
        long before = store.changes().currentVersion();
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.notices().save(new Notice("n-1", NoticeKind.NOTICE, "一", "一", null, day, day));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.notices().find("n-1")).isEmpty();
        assertThat(store.changes().currentVersion()).isEqualTo(before);
    }

    @Test
    void metadataIsStoredButNotVersioned() {
        long before = store.changes().currentVersion();
        store.putMeta("k", "v1");
        store.putMeta("k", "v2");
        assertThat(store.meta("k")).contains("v2");
        assertThat(store.meta("missing")).isEmpty();
        assertThat(store.changes().currentVersion()).isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRejectsDanglingReferences() throws Exception {
        try (Handle h = database.jdbi().open(); Statement s = h.getConnection().createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO resident VALUES ('r-1', '某', 1940, 'NOPE', 'st-1')"))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

}
