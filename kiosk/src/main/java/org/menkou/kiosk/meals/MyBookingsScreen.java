package org.menkou.kiosk.meals;

import java.util.Comparator;
import java.util.List;
import org.menkou.content.meal.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** 我的订餐: the identified resident's bookings from today on (by day and meal), with their state; pick one to see or cancel it. */
final class MyBookingsScreen extends Screen {
    private final MealFlow flow;
    private List<MealBooking> bookings = List.of();

    MyBookingsScreen(MealFlow flow) {
        this.flow = flow;
    }

    @Override
    protected void onShow() {
        bookings = flow.session().resident()
                .map(r -> flow.bookings().ofResident(r.id()).stream()
                        .filter(b -> !b.request().date().isBefore(flow.context().today()))
                        .sorted(Comparator.comparing((MealBooking b) -> b.request().date())
                                .thenComparing(b -> b.request().meal()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public String title() {
        return "我的订餐";
    }

    @Override
    protected String text() {
        if (flow.session().resident().isEmpty()) {
            return "请先回首页按5刷居民卡，才能看您订的餐。散客要取消，请打电话给食堂。";
        }
        return bookings.isEmpty() ? "您现在没有订餐。" : "按数字看一份订餐，也可以取消。";
    }

    @Override
    protected List<Option> options() {
        return bookings.stream().map(b -> Option.of(label(b), () -> Transition.push(new BookingDetailScreen(flow, b)),
                flow.dayWord(b.request().date()) + b.request().meal().label())).toList();
    }

    /** "明天午餐 A 已确认12号". */
    private String label(MealBooking b) {
        String state = b.state() == MealBooking.State.CONFIRMED ? "已确认" + b.number() + "号" : b.state().label();
        return flow.dayWord(b.request().date()) + b.request().meal().label() + " " + b.request().setCode() + " " + state;
    }
}
