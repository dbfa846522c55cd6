package org.menkou.admin.settlement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.content.CanteenMenu;
import org.menkou.content.SetMenu;
import org.menkou.content.store.ContentStore;

/**
 * Prices one served meal for the settlement. The full price is the one kept with the booking (else the menu's);
 * the resident's price is the booked one when the tier on the meal's day is the booked tier, else the menu's price
 * for the day's tier. A resident not registered on the day gets no subsidy. Not thread-safe (caches menus).
 */
final class Pricing {
    private final ContentStore store;
    private final ZoneId zone;
    private final Map<String, List<ResidentHistory.Change>> changes;
    private final Map<String, String> tierNames;
    private final Map<String, Optional<CanteenMenu>> menus = new HashMap<>();

    Pricing(ContentStore store, ZoneId zone, Map<String, List<ResidentHistory.Change>> changes,
            Map<String, String> tierNames) {
        this.store = store;
        this.zone = zone;
        this.changes = changes;
        this.tierNames = tierNames;
    }

    private Optional<SetMenu> set(String canteenId, SettlementCalculator.Booking b) {
        Optional<CanteenMenu> menu = menus.computeIfAbsent(b.date() + "/" + b.meal(),
                k -> store.menus().find(canteenId, LocalDate.parse(b.date()), b.meal()));
        return menu.flatMap(m -> m.sets().stream().filter(s -> s.code().equals(b.setCode())).findFirst());
    }

    /** The set's name as its menu gives it, or the code with 套餐 when the menu is gone. */
    String setName(String canteenId, SettlementCalculator.Booking b) {
        return set(canteenId, b).map(SetMenu::name).orElse(b.setCode() + "套餐");
    }

    private String tierName(String code) {
        return tierNames.getOrDefault(code, code);
    }

    Statement.ServedMeal price(String canteenId, SettlementCalculator.Booking b, String who) {
        Optional<SetMenu> set = set(canteenId, b);
        String setName = set.map(SetMenu::name).orElse(b.setCode() + "套餐");
        Integer base = b.baseFen() != null ? b.baseFen() : set.map(s -> s.basePrice().fen()).orElse(null);
        if (b.residentId() == null) {
            int full = base == null ? b.priceFen() : base;
            return meal(b, setName, who, SettlementCalculator.WALK_IN, full, full, "");
        }
        if (base == null) {
            return meal(b, setName, who, tierName(b.tierCode()), b.priceFen(), b.priceFen(), "菜单已删除，原价不明，未计补贴");
        }
        ResidentHistory.DayState day = ResidentHistory.on(changes.get(b.residentId()), LocalDate.parse(b.date()), zone);
        if (day instanceof ResidentHistory.DayState.NotRegistered) {
            return meal(b, setName, who, SettlementCalculator.WALK_IN, base, base, "当天已不是登记居民，按原价、不补贴");
        }
        String tier = day instanceof ResidentHistory.DayState.Registered r ? r.tierCode() : b.tierCode();
        if (java.util.Objects.equals(tier, b.tierCode())) {
            return meal(b, setName, who, tierName(tier), base, b.priceFen(), "");
        }
        String note = "订餐时档次 " + tierName(b.tierCode()) + "，当天档次 " + tierName(tier);
        if (set.isEmpty()) {
            return meal(b, setName, who, tierName(b.tierCode()), base, b.priceFen(), note + "；菜单已删除，按订餐时价格");
        }
        return meal(b, setName, who, tierName(tier), base, set.get().priceFor(tier).fen(), note);
    }

    private static Statement.ServedMeal meal(SettlementCalculator.Booking b, String setName, String who, String tierName,
                                             int baseFen, int priceFen, String note) {
        return new Statement.ServedMeal(b.date(), b.meal().label(), b.number(), setName, who, tierName, baseFen,
                priceFen, Math.max(0, baseFen - priceFen), note);
    }
}
