package org.menkou.kiosk.screen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.menkou.content.CanteenMenu;
import org.menkou.content.SetMenu;
import org.menkou.content.Station;
import org.menkou.content.SubsidyTier;

/** The menus of one day: each meal's set menus with their dishes and the price for every subsidy tier. */
final class MenuDayScreen extends Screen {
    private final KioskContext context;
    private final LocalDate day;
    private List<CanteenMenu> menus = List.of();
    private List<SubsidyTier> tiers = List.of();

    MenuDayScreen(KioskContext context, LocalDate day) {
        this.context = context;
        this.day = day;
    }

    @Override
    protected void onShow() {
        menus = context.store().menus().between(day, day);
        tiers = context.store().tiers().all();
    }

    @Override
    public String title() {
        return Dates.relativeWord(day, context.today()) + "的菜单";
    }

    @Override
    protected String text() {
        if (menus.isEmpty()) {
            return "这一天没有菜单。";
        }
        List<String> parts = new ArrayList<>();
        boolean severalCanteens = menus.stream().map(CanteenMenu::canteenId).distinct().count() > 1;
        for (CanteenMenu menu : menus) {
            String where = severalCanteens
                    ? context.store().stations().find(menu.canteenId()).map(Station::name).orElse(menu.canteenId()) + " "
                    : "";
            parts.add("【" + where + menu.meal().label() + "】" + menu.serveFrom() + "开饭，" + cutoffWords(menu));
            for (SetMenu set : menu.sets()) {
                parts.add(set.name() + "：" + String.join("、", set.dishes()));
                parts.add("价格：" + prices(set));
            }
        }
        return String.join("\n", parts);
    }

    private String cutoffWords(CanteenMenu menu) {
        LocalDate today = context.today();
        if (menu.date().equals(today) && !LocalTime.now(context.clock()).isBefore(menu.cutoff())) {
            return "今天已经截止订餐。";
        }
        String when = menu.date().equals(today) ? "今天" : "当天";
        return when + menu.cutoff() + "前订餐。";
    }

    private String prices(SetMenu set) {
        List<String> out = new ArrayList<>();
        for (SubsidyTier tier : tiers) {
            out.add(tier.name() + set.priceFor(tier.code()).toYuanText());
        }
        return out.isEmpty() ? set.basePrice().toYuanText() : String.join("，", out);
    }
}
