package org.menkou.kiosk.session;

import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/**
 * The "我的订餐" shortcut until meal booking (issue 8) provides its own {@link ResidentShortcuts}: a screen that says
 * booking is not open yet and where to see the menus.
 */
public final class MealBookingShortcut implements ResidentShortcuts {
    @Override
    public List<Option> forResident(IdentifiedResident resident) {
        return List.of(Option.of("我的订餐", () -> Transition.push(new NotYetScreen()), "订餐", "我订的饭"));
    }

    private static final class NotYetScreen extends Screen {
        @Override
        public String title() {
            return "我的订餐";
        }

        @Override
        protected String text() {
            return "刷卡订餐的功能还没有开通。\n想看食堂菜单，请按0回首页再按2。";
        }
    }
}
