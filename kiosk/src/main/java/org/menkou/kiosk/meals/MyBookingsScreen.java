package org.menkou.kiosk.meals;

import java.util.Comparator;
import java.util.List;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/** 我的订餐: the identified resident's bookings from today on (by day and meal), with their state; pick one to see or cancel it. */
final class MyBookingsScreen extends Screen {
    private final MealFlow flow;
    private List<MealBooking> bookings = List.of();

    MyBookingsScreen(MealFlow flow) {
        this.flow = flow;
    }

    /**
     * Lists the resident's bookings; when the server's list of them (asked at the scan) is still on its way, lists
     * again on the UI thread once it arrives.
     */
    @Override
    protected void onShow() {
        list();
        flow.session().resident().map(r -> flow.bookings().listed(r.id())).filter(answer -> !answer.isDone())
                .ifPresent(answer -> answer.whenComplete((listed, failure) -> flow.ui().post(this::list)));
    }

    private void list() {
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
        return Ui.MEALS_MINE.in(language());
    }

    @Override
    protected String text() {
        if (flow.session().resident().isEmpty()) {
            return Ui.MINE_NO_CARD.in(language());
        }
        return (bookings.isEmpty() ? Ui.MINE_NONE : Ui.MINE_PICK).in(language());
    }

    @Override
    protected List<Option> options() {
        return bookings.stream().map(b -> Option.of(label(b), () -> Transition.push(new BookingDetailScreen(flow, b)),
                flow.dayMeal(b.request().date(), b.request().meal(), VoiceLanguage.ZH_CN))).toList();
    }

    /** "明天午餐 A套餐 已确认12号". */
    private String label(MealBooking b) {
        return Ui.BOOKING_LABEL.format(language(), flow.dayMeal(b.request().date(), b.request().meal(), language()),
                flow.setName(b.request()), MealFlow.state(b, language()));
    }
}
