package org.menkou.kiosk.meals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Price;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/**
 * One booking with its state; 取消这份订餐 (asks 确认 first) while it is active and before the cutoff. A cancellation
 * is saved at once and answered on the UI thread when the server's answer arrives (or the wait runs out).
 */
final class BookingDetailScreen extends Screen {
    private final MealFlow flow;
    private MealBooking booking;
    private boolean asking;
    private boolean sending;

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
        if (sending) {
            return Ui.CANCEL_SENDING.in(language());
        }
        return (asking ? Ui.CANCEL_TITLE : Ui.MEALS_MINE).in(language());
    }

    @Override
    protected String text() {
        VoiceLanguage lang = language();
        String what = flow.describe(booking, lang);
        if (asking) {
            return Ui.CANCEL_ASK.format(lang, what);
        }
        List<String> lines = new ArrayList<>();
        lines.add(what + Ui.SENTENCE_END.in(lang));
        switch (booking.state()) {
            case CONFIRMED -> lines.add(Ui.DETAIL_CONFIRMED.format(lang, booking.number(),
                    MealFlow.price(new Price(booking.priceFen()), lang)));
            case PENDING -> lines.add(Ui.DETAIL_PENDING.in(lang));
            case REFUSED -> lines.add(Ui.DETAIL_REFUSED.format(lang, RefusalWords.of(booking, lang).orElse("")));
            case CANCEL_PENDING -> lines.add(Ui.DETAIL_CANCEL_PENDING.in(lang));
            case CANCELLED -> lines.add(Ui.DETAIL_CANCELLED.in(lang));
        }
        if (booking.state() == MealBooking.State.CONFIRMED) {
            RefusalWords.of(booking, lang).ifPresent(why -> lines.add(Ui.DETAIL_CANCEL_REFUSED.format(lang, why)));
        }
        if (booking.isActive() && !cancellable()) {
            lines.add(Ui.CANCEL_TOO_LATE.in(lang));
        }
        return String.join("\n", lines);
    }

    private boolean cancellable() {
        Optional<CanteenMenu> menu = flow.context().store().menus()
                .find(booking.request().canteenId(), booking.request().date(), booking.request().meal());
        return !sending && booking.isActive() && menu.map(flow::stillOpen).orElse(false);
    }

    @Override
    protected List<Option> options() {
        if (asking) {
            return List.of(Option.of(Ui.CANCEL_YES.in(language()), this::cancel, "确认取消", "对", "取消吧", "yes"),
                    Option.of(Ui.CANCEL_KEEP.in(language()), this::keep, "不取消", "不要取消", "留着", "keep"));
        }
        if (cancellable()) {
            return List.of(Option.of(Ui.CANCEL_IT.in(language()), this::ask, "取消这份订餐", "取消订餐", "不要了", "退订",
                    "cancel"));
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
            hint(Ui.CANCEL_TOO_LATE.in(language()));
            return Transition.STAY;
        }
        sending = true;
        flow.bookings().submitCancel(booking.id()).whenComplete((answered, failure) -> flow.ui().post(() -> {
            sending = false;
            booking = answered != null ? answered : flow.bookings().find(booking.id()).orElse(booking);
            hint((switch (booking.state()) {
                case CANCELLED -> Ui.CANCEL_DONE;
                case CANCEL_PENDING -> Ui.CANCEL_NOTED;
                default -> Ui.CANCEL_FAILED;
            }).in(language()));
        }));
        return Transition.STAY;
    }
}
