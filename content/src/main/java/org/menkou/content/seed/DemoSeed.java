package org.menkou.content.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menkou.content.CanteenMenu;
import org.menkou.content.ContentException;
import org.menkou.content.EconomicStatus;
import org.menkou.content.EligibilityCriteria;
import org.menkou.content.EligibilityQuestion;
import org.menkou.content.InvalidContentException;
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
import org.menkou.content.seed.SeedFiles.CanteenEntry;
import org.menkou.content.seed.SeedFiles.CategoryEntry;
import org.menkou.content.seed.SeedFiles.ItemEntry;
import org.menkou.content.seed.SeedFiles.MealRules;
import org.menkou.content.seed.SeedFiles.PolicyEntry;
import org.menkou.content.seed.SeedFiles.RotationDay;
import org.menkou.content.seed.SeedFiles.SetEntry;
import org.menkou.content.store.ContentStore;

/**
 * The demo content: a street with one centre, three doorstep stations and a canteen, the 8 categories and 24
 * general service items of the Shanghai guideline, the policies, two weeks of menus, notices and demo residents.
 * Read from the YAML files beside this class; menus and notice dates are laid out from the seed day.
 */
public final class DemoSeed {
    /** Metadata key holding the day the store was seeded (ISO date). */
    public static final String SEEDED_ON = "seeded_on";
    /** How many days of menus are created, starting with the seed day. */
    public static final int MENU_DAYS = 14;

    private final Class<?> resourceBase;
    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The demo content shipped beside this class. */
    public DemoSeed() {
        this(DemoSeed.class);
    }

    /** Seed files read from the package of {@code resourceBase} (tests use their own). */
    DemoSeed(Class<?> resourceBase) {
        this.resourceBase = resourceBase;
    }

    /**
     * Seeds {@code store} unless it was seeded before, all in one transaction.
     *
     * @param today the seed day: menus start here and notice dates are relative to it
     * @return true when content was written, false when the store was already seeded (nothing changes)
     */
    public boolean seedIfEmpty(ContentStore store, LocalDate today) {
        if (store.meta(SEEDED_ON).isPresent()) {
            return false;
        }
        SeedFiles.StationsFile stations = read("stations.yaml", SeedFiles.StationsFile.class);
        SeedFiles.ServicesFile services = read("services.yaml", SeedFiles.ServicesFile.class);
        SeedFiles.PoliciesFile policies = read("policies.yaml", SeedFiles.PoliciesFile.class);
        SeedFiles.MenusFile menus = read("menus.yaml", SeedFiles.MenusFile.class);
        SeedFiles.NoticesFile notices = read("notices.yaml", SeedFiles.NoticesFile.class);
        SeedFiles.ResidentsFile residents = read("residents.yaml", SeedFiles.ResidentsFile.class);
        store.inTransaction(() -> {
            writeStations(store, stations);
            writeServices(store, services);
            writePolicies(store, policies);
            writeMenus(store, menus, today);
            notices.notices().forEach(n -> store.notices().save(new Notice(n.id(), enumValue(NoticeKind.class, n.kind(), "kind"),
                    n.title(), n.body(), n.station(), today.plusDays(n.startOffsetDays()),
                    today.plusDays(n.endOffsetDays()))));
            residents.residents().forEach(r -> store.residents().save(
                    new Resident(r.id(), r.name(), r.birthYear(), r.tier(), r.homeStation())));
            store.putMeta(SEEDED_ON, today.toString());
        });
        return true;
    }

    private static void writeStations(ContentStore store, SeedFiles.StationsFile file) {
        // Parents first, so the foreign key to the centre holds.
        List<SeedFiles.StationEntry> ordered = new ArrayList<>(file.stations());
        ordered.sort((a, b) -> Boolean.compare(a.parent() != null, b.parent() != null));
        for (SeedFiles.StationEntry s : ordered) {
            store.stations().save(new Station(s.id(), enumValue(StationKind.class, s.kind(), "kind"), s.name(),
                    s.address(), s.openingHours(), s.phone(), s.parent()));
        }
    }

    private static void writeServices(ContentStore store, SeedFiles.ServicesFile file) {
        int categoryOrder = 0;
        for (CategoryEntry c : file.categories()) {
            store.categories().save(new ServiceCategory(c.id(), c.name(), c.summary(), ++categoryOrder));
            int itemOrder = 0;
            for (ItemEntry i : c.items()) {
                store.services().save(new ServiceItem(i.id(), c.id(), i.name(), i.summary(), i.eligibility(),
                        i.fees(), i.provides(), i.hours(), i.provider(), i.howToApply(), i.location(), i.phone(),
                        i.stations(), ++itemOrder));
            }
        }
    }

    private static void writePolicies(ContentStore store, SeedFiles.PoliciesFile file) {
        int order = 0;
        for (PolicyEntry p : file.policies()) {
            Set<EconomicStatus> economic = EnumSet.noneOf(EconomicStatus.class);
            if (p.criteria().economicStatus() != null) {
                p.criteria().economicStatus().forEach(e -> economic.add(enumValue(EconomicStatus.class, e, "economicStatus")));
            }
            EligibilityCriteria criteria = new EligibilityCriteria(p.criteria().minAge(),
                    enumValue(Residence.class, p.criteria().residence(), "residence"), economic,
                    p.criteria().minCareLevel(), Boolean.TRUE.equals(p.criteria().livingAlone()));
            List<EligibilityQuestion> questions = p.questions().stream()
                    .map(q -> new EligibilityQuestion(q.text(), switch (String.valueOf(q.expect())) {
                        case "YES" -> true;
                        case "NO" -> false;
                        default -> throw new InvalidContentException("expect", "要写 YES 或 NO (must be YES or NO)");
                    }))
                    .toList();
            store.policies().save(new Policy(p.id(), p.name(), p.summary(), criteria, questions, p.benefits(),
                    p.howToApply(), p.documents(), p.whereToAsk(), ++order));
        }
    }

    private static void writeMenus(ContentStore store, SeedFiles.MenusFile file, LocalDate today) {
        int order = 0;
        for (SeedFiles.TierEntry t : file.tiers()) {
            store.tiers().save(new SubsidyTier(t.code(), t.name(), ++order));
        }
        for (CanteenEntry canteen : file.canteens()) {
            Map<Integer, RotationDay> rotation = new LinkedHashMap<>();
            canteen.rotation().forEach(day -> rotation.put(day.day(), day));
            for (int d = 0; d < MENU_DAYS; d++) {
                LocalDate date = today.plusDays(d);
                RotationDay day = rotation.get(date.getDayOfWeek().getValue());
                if (day == null) {
                    throw new InvalidContentException("rotation", "缺少星期 " + date.getDayOfWeek().getValue() + " 的菜单 (rotation misses a weekday)");
                }
                store.menus().save(menu(canteen, date, Meal.LUNCH, canteen.lunch(), day.lunch()));
                store.menus().save(menu(canteen, date, Meal.DINNER, canteen.dinner(), day.dinner()));
            }
        }
    }

    private static CanteenMenu menu(CanteenEntry canteen, LocalDate date, Meal meal, MealRules rules,
                                    Map<String, List<String>> dishesBySet) {
        List<SetMenu> sets = new ArrayList<>();
        for (SetEntry set : canteen.sets()) {
            Map<String, Price> prices = new LinkedHashMap<>();
            set.prices().forEach((tier, yuan) -> prices.put(tier, Price.ofYuan(yuan)));
            sets.add(new SetMenu(set.code(), set.name(), dishesBySet.get(set.code()), Price.ofYuan(set.basePrice()), prices));
        }
        return new CanteenMenu(canteen.station(), date, meal, time(rules.cutoff(), "cutoff"),
                time(rules.serveFrom(), "serveFrom"), rules.quota(), sets);
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (NullPointerException | DateTimeParseException e) {
            throw new InvalidContentException(field, "时间要写成 HH:MM，例如 10:00 (write the time as HH:MM): " + text);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(field, "不认识的值 '" + value + "' (unknown value), 可以用: " + EnumSet.allOf(type));
        }
    }

    private <T extends SeedFiles.SeedFile> T read(String name, Class<T> type) {
        try (InputStream in = resourceBase.getResourceAsStream(name)) {
            if (in == null) {
                throw new ContentException("seed file missing from the build: " + name);
            }
            T value = yaml.readValue(in, type);
            String note = value.demoNote();
            if (note == null || note.isBlank()) {
                throw new InvalidContentException(name + ": demoNote", "每个种子文件都要写明哪些是演示数据 (every seed file says what is demo data)");
            }
            return value;
        } catch (IOException e) {
            throw new ContentException("cannot read seed file " + name + ": " + e.getMessage(), e);
        }
    }
}
