package org.menkou.kiosk.meals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Price;
import org.menkou.content.meal.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** One booking with its state; 取消这份订餐 (asks 确认 first) while it is active and before the cutoff. */
final class BookingDetailScreen extends Screen {
    private final MealFlow flow;
    private MealBooking booking;
    private boolean asking;

    BookingDetailScreen(MealFlow flow, MealBooking booking) {
        this.flow = flow;
        this.booking = booking;
    }

    @Override
    protected void onShow() {
        booking = flow.bookings().find(booking.id()).orElse(booking);
        asking = false;
    }

    @Override
    public String title() {
        return asking ? "取消订餐" : "我的订餐";
    }


    @Override
    protected String text() {
        String what = BookingResultScreen.describe(flow, booking);
        if (asking) {
            return "取消" + what + "，确认吗？\n按确认键取消；不取消，按返回键。";
        }
        List<String> lines = new ArrayList<>();
        lines.add(what + "。");
        switch (booking.state()) {
            case CONFIRMED -> lines.add("已确认，订餐号" + booking.number() + "号，" + new Price(booking.priceFen()).toYuanText() + "。");
            case PENDING -> lines.add("待确认：还没连上服务中心，联网后自动确认。");
            case REFUSED -> lines.add("没有订上：" + (booking.reason() == null ? "" : booking.reason()));
            case CANCEL_PENDING -> lines.add("取消待确认：联网后会告诉食堂。");
            case CANCELLED -> lines.add("已取消。");
        }
        if (booking.reason() != null && booking.state() == MealBooking.State.CONFIRMED) {
            lines.add("取消没有成功：" + booking.reason());
        }
        if (booking.isActive() && !cancellable()) {
            lines.add("已经过了截止时间，不能取消了。");
        }
        return String.join("\n", lines);
    }

    private boolean cancellable() {
        Optional<CanteenMenu> menu = flow.context().store().menus()
                .find(booking.request().canteenId(), booking.request().date(), booking.request().meal());
        return booking.isActive() && menu.map(flow::stillOpen).orElse(false);
    }

    @Override
    protected List<Option> options() {
        if (asking) {
            return List.of(Option.of("确认取消", this::cancel, "对", "取消吧"),
                    Option.of("不取消", this::keep, "不要取消", "留着"));
        }
        if (cancellable()) {
            return List.of(Option.of("取消这份订餐", this::ask, "取消订餐", "不要了", "退订"));
        }
        return List.of();
    }

    private Transition ask() {
        asking = true;
        return Transition.STAY;
    }

    private Transition keep() {
        asking = false;
        return Transition.STAY;
    }

    @Override
    protected Transition onBack() {
        if (asking) {
            return keep();
        }
        return Transition.BACK;
    }

    private Transition cancel() {
        asking = false;
        if (!cancellable()) {
            hint("已经过了截止时间，不能取消了。");
            return Transition.STAY;
        }
        booking = flow.bookings().cancel(booking.id());
        hint(switch (booking.state()) {
            case CANCELLED -> "已经取消了。";
            case CANCEL_PENDING -> "取消已经记下，联网后告诉食堂。";
            default -> "没有取消成功。";
        });
        return Transition.STAY;
    }
}
