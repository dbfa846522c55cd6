package org.menkou.kiosk.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Notice;
import org.menkou.content.Policy;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;

/** The list screens of the kiosk's content: services, policies, menus and notices. */
public final class ContentScreens {
    /** How many days of menus are offered, today included. */
    static final int MENU_DAYS = 14;

    private ContentScreens() {
    }

    /** 找服务: the service categories. */
    public static Screen categories(KioskContext context) {
        return new ListScreen<>(Ui.HOME_SERVICES::in, Ui.SERVICES_INTRO::in, Ui.SERVICES_EMPTY::in,
                () -> context.store().categories().all(),
                c -> Option.of(c.name(), () -> Transition.push(items(context, c))));
    }

    /** The service items of one category. */
    static Screen items(KioskContext context, ServiceCategory category) {
        return new ListScreen<>(l -> category.name(), l -> category.summary(), Ui.ITEMS_EMPTY::in,
                () -> context.store().services().inCategory(category.id()),
                (ServiceItem i) -> Option.of(i.name(), () -> Transition.push(new ItemDetailScreen(i, context.requests()))));
    }

    /** 政策: the policies. */
    static Screen policies(KioskContext context) {
        return new ListScreen<>(Ui.HOME_POLICIES::in, Ui.POLICIES_INTRO::in, Ui.POLICIES_EMPTY::in,
                () -> context.store().policies().all(),
                (Policy p) -> Option.of(p.name(), () -> Transition.push(new PolicyDetailScreen(p, context.requests()))));
    }

    /** The days that have menus, from today on, each with its menus and every tier's prices (no booking). */
    public static Screen menuDays(KioskContext context) {
        return new ListScreen<>("长者食堂菜单", "想看哪一天的菜单？", "最近几天还没有菜单，请问工作人员。",
                () -> {
                    LocalDate today = context.today();
                    return List.copyOf(new TreeSet<>(context.store().menus().between(today, today.plusDays(MENU_DAYS - 1))
                            .stream().map(CanteenMenu::date).toList()));
                },
                (LocalDate d) -> Option.of(Dates.dayLabel(d, context.today()),
                        () -> Transition.push(new MenuDayScreen(context, d)), Dates.relativeWord(d, context.today())));
    }

    /** 通知活动: notices and activities shown today at this kiosk's station (station unknown: all of today's). */
    static Screen notices(KioskContext context) {
        return new ListScreen<>(Ui.HOME_NOTICES::in, Ui.NOTICES_INTRO::in, Ui.NOTICES_EMPTY::in,
                () -> context.stationId() != null
                        ? context.store().notices().current(context.stationId(), context.today())
                        : context.store().notices().all().stream().filter(n -> n.isCurrentOn(context.today())).toList(),
                (Notice n) -> Option.of(n.title(),
                        () -> Transition.push(new NoticeDetailScreen(n)), n.title()));
    }
}
