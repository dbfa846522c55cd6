package org.menkou.kiosk.meals;

import java.util.ArrayList;
import java.util.List;
import org.menkou.content.Price;
import org.menkou.content.meal.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/**
 * The answer to a booking: the number in big digits (and in words, for the voice), 待确认 in plain words when the
 * server could not be reached, or why it was refused.
 */
final class BookingResultScreen extends Screen {
    private final MealFlow flow;
    private final MealBooking booking;
    private final String refusal;

    BookingResultScreen(MealFlow flow, MealBooking booking) {
        this.flow = flow;
        this.booking = booking;
        this.refusal = null;
    }

    private BookingResultScreen(MealFlow flow, String refusal) {
        this.flow = flow;
        this.booking = null;
        this.refusal = refusal;
    }

    /** A refusal decided on the kiosk before anything was sent (e.g. the cutoff passed while choosing). */
    static BookingResultScreen localRefusal(MealFlow flow, String reason) {
        return new BookingResultScreen(flow, reason);
    }

    @Override
    public String title() {
        if (booking == null || booking.state() == MealBooking.State.REFUSED) {
            return "没有订上";
        }
        return booking.state() == MealBooking.State.CONFIRMED ? "订好了" : "已记下，待确认";
    }


    @Override
    protected String text() {
        if (booking == null) {
            return refusal;
        }
        String what = describe(flow, booking);
        return switch (booking.state()) {
            case CONFIRMED -> {
                List<String> lines = new ArrayList<>(BigDigits.rows(booking.number()));
                lines.add("您的订餐号是" + booking.number() + "号。" + what + "，" + new Price(booking.priceFen()).toYuanText() + "。");
                lines.add(booking.request().delivery() ? "饭会送到您家。" : "请到" + flow.canteenName(booking.request().canteenId())
                        + "报订餐号取餐。");
                yield String.join("\n", lines);
            }
            case PENDING -> what + "。\n现在连不上服务中心，您的订餐已经记下了，还没有确认。"
                    + "联网后会自动确认，您下次刷卡时告诉您结果，也可以问站点工作人员。";
            default -> what + "。\n" + (booking.reason() == null ? "" : booking.reason());
        };
    }

    /** "明天午餐，A套餐，送餐". */
    static String describe(MealFlow flow, MealBooking b) {
        return flow.dayWord(b.request().date()) + b.request().meal().label() + "，" + b.request().setCode() + "套餐，"
                + (b.request().delivery() ? "送餐" : "堂吃");
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of("回首页", () -> Transition.HOME, "首页", "好的", "知道了"),
                Option.of("我的订餐", () -> Transition.replace(new MyBookingsScreen(flow)), "我订的餐"));
    }

    @Override
    protected Transition onBack() {
        return Transition.HOME;
    }
}
