package org.menkou.admin.web.editors;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Editor;
import org.menkou.admin.web.Field;
import org.menkou.admin.web.Field.Option;
import org.menkou.admin.web.Form;
import org.menkou.content.CanteenMenu;
import org.menkou.content.InvalidContentException;
import org.menkou.content.Meal;
import org.menkou.content.Price;
import org.menkou.content.SetMenu;
import org.menkou.content.store.ContentStore;

/**
 * Canteen menus per date and meal, with up to 6 set menus, a base price and a price per subsidy tier, the quota
 * and the booking cutoff. Volunteers see and edit the menus of the canteens that serve their station (the canteen is
 * chosen from a list, never typed). Keys are {@code canteen.date.meal}, derived from the form; a set menu left
 * without a code gets the letter of its place (A for the first).
 */
public final class MenuEditor implements Editor<CanteenMenu> {
    private static final int SETS = 6;
    private final ContentStore store;
    private final Choices choices;

    public MenuEditor(ContentStore store) {
        this.store = store;
        this.choices = new Choices(store);
    }

    @Override public String path() { return "menus"; }
    @Override public String title() { return "食堂菜单"; }
    @Override public String entity() { return "CANTEEN_MENU"; }
    @Override public Role[] roles() { return new Role[] {Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN}; }
    @Override public List<String> columns() { return List.of("日期", "餐次", "食堂", "套餐", "名额", "截止"); }

    @Override
    public List<CanteenMenu> list(User user) {
        LocalDate today = LocalDate.now();
        return store.menus().between(today.minusDays(7), today.plusDays(60)).stream()
                .filter(m -> mayEdit(user, m)).toList();
    }

    @Override
    public List<String> row(CanteenMenu m) {
        return List.of(m.date().toString(), m.meal().label(), choices.stationName(m.canteenId()),
                String.join("、", m.sets().stream().map(s -> s.code() + " " + s.name()).toList()),
                Integer.toString(m.quota()), m.cutoff().toString());
    }

    @Override
    public String key(CanteenMenu m) {
        return m.canteenId() + "." + m.date() + "." + m.meal();
    }

    @Override
    public Optional<CanteenMenu> find(String key) {
        return key.chars().filter(c -> c == '.').count() == 2 ? store.menus().byId(key.replace('.', '/')) : Optional.empty();
    }

    @Override
    public List<Field> fields(User user, boolean creating) {
        List<Field> out = new ArrayList<>(List.of(
                Field.select("canteenId", "食堂", choices.canteensFor(user)).readOnlyIf(!creating),
                Field.of(Field.Type.DATE, "date", "日期").readOnlyIf(!creating),
                Field.select("meal", "餐次", Arrays.stream(Meal.values()).map(m -> new Option(m.name(), m.label())).toList())
                        .readOnlyIf(!creating),
                Field.of(Field.Type.TIME, "cutoff", "订餐截止时间"), Field.of(Field.Type.TIME, "serveFrom", "开饭时间"),
                Field.of(Field.Type.NUMBER, "quota", "名额（0 表示不接受预订）")));
        List<Option> tiers = choices.tiers();
        for (int i = 1; i <= SETS; i++) {
            out.add(Field.heading("套餐 " + i + (i > 1 ? "（不用就空着）" : "")));
            out.add(Field.text("set" + i + ".code", "代码", "一个大写字母；空着就用 " + setLetter(i)));
            out.add(Field.text("set" + i + ".name", "名称", "最多 12 个字"));
            out.add(Field.area("set" + i + ".dishes", "菜品（一行一个）", null));
            out.add(Field.text("set" + i + ".base", "原价（元）", "例如 15 或 12.5"));
            for (Option t : tiers) {
                out.add(Field.text("set" + i + ".price." + t.value(), t.label() + " 价格（元，空着就按原价）", null));
            }
        }
        return out;
    }

    @Override
    public Map<String, String> toForm(CanteenMenu m) {
        Map<String, String> v = new HashMap<>(Map.of("canteenId", m.canteenId(), "date", m.date().toString(),
                "meal", m.meal().name(), "cutoff", m.cutoff().toString(), "serveFrom", m.serveFrom().toString(),
                "quota", Integer.toString(m.quota())));
        for (int i = 0; i < m.sets().size(); i++) {
            SetMenu s = m.sets().get(i);
            String p = "set" + (i + 1) + ".";
            v.put(p + "code", s.code());
            v.put(p + "name", s.name());
            v.put(p + "dishes", String.join("\n", s.dishes()));
            v.put(p + "base", yuan(s.basePrice()));
            s.pricesByTier().forEach((tier, price) -> v.put(p + "price." + tier, yuan(price)));
        }
        return v;
    }

    @Override
    public Map<String, String> blank(User user) {
        List<Option> canteens = choices.canteensFor(user);
        return Map.of("canteenId", canteens.isEmpty() ? "" : canteens.get(0).value(),
                "date", LocalDate.now().plusDays(1).toString(), "meal", "LUNCH", "cutoff", "10:00",
                "serveFrom", "11:00", "quota", "100");
    }

    @Override
    public CanteenMenu fromForm(Form f, User user) {
        List<SetMenu> sets = new ArrayList<>();
        List<Option> tiers = choices.tiers();
        for (int i = 1; i <= SETS; i++) {
            String p = "set" + i + ".";
            if (f.get(p + "code") == null && f.get(p + "name") == null) {
                continue;
            }
            Map<String, Price> prices = new LinkedHashMap<>();
            for (Option t : tiers) {
                String v = f.get(p + "price." + t.value());
                if (v != null) {
                    prices.put(t.value(), price(p + "price." + t.value(), v));
                }
            }
            String base = f.get(p + "base");
            if (base == null) {
                throw new InvalidContentException(p + "base", "不能为空 (must not be empty)");
            }
            String code = f.get(p + "code") == null ? setLetter(i) : f.get(p + "code");
            Price basePrice = price(p + "base", base);
            try {
                sets.add(new SetMenu(code, f.get(p + "name"), f.lines(p + "dishes"), basePrice, prices));
            } catch (InvalidContentException e) {
                String input = e.field().equals("basePrice") ? "base" : e.field();
                throw new InvalidContentException(p + input, e.getMessage().substring(e.field().length() + 2));
            }
        }
        LocalTime cutoff = f.time("cutoff");
        return new CanteenMenu(f.get("canteenId"), f.date("date"), Editors.enumValue(Meal.class, "meal", f.get("meal")),
                cutoff, f.time("serveFrom"), f.integer("quota"), sets);
    }

    @Override
    public boolean mayEdit(User user, CanteenMenu m) {
        return user.role() != Role.VOLUNTEER
                || choices.canteensFor(user).stream().anyMatch(o -> o.value().equals(m.canteenId()));
    }

    /** The default code of the {@code place}-th set menu (1 → A). */
    private static String setLetter(int place) {
        return String.valueOf((char) ('A' + place - 1));
    }

    @Override public void save(CanteenMenu m) { store.menus().save(m); }
    @Override public boolean delete(String key) { return store.menus().delete(key.replace('.', '/')); }

    @Override
    public Optional<Preview> preview(CanteenMenu m) {
        List<String> lines = new ArrayList<>();
        for (SetMenu s : m.sets()) {
            StringBuilder sb = new StringBuilder(s.code() + " " + s.name() + "：" + String.join("、", s.dishes())
                    + "  原价 " + s.basePrice().toYuanText());
            s.sortedPrices().forEach((tier, price) -> sb.append("  ").append(choices.tierName(tier)).append(' ')
                    .append(price.toYuanText()));
            lines.add(sb.toString());
        }
        lines.add("订餐截止 " + m.cutoff() + "，" + m.serveFrom() + " 开饭，名额 " + m.quota());
        return Optional.of(new Preview(m.date() + " " + m.meal().label() + " · " + choices.stationName(m.canteenId()), lines));
    }

    private static Price price(String field, String value) {
        try {
            return Price.ofYuan(value);
        } catch (InvalidContentException e) {
            throw new InvalidContentException(field, "价格要写成元，例如 3 或 3.50 (write yuan, e.g. 3 or 3.50)");
        }
    }

    private static String yuan(Price p) {
        return java.math.BigDecimal.valueOf(p.fen(), 2).stripTrailingZeros().toPlainString();
    }
}
