package org.menkou.kiosk.meals;

import java.util.List;
import org.menkou.content.protocol.MealBooking;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.session.IdentifiedResident;
import org.menkou.kiosk.session.ResidentShortcuts;
import org.menkou.voice.VoiceLanguage;

/** 订餐 and 我的订餐 on the greeting of a resident who scanned their card: their bookings, to see or cancel. */
public record MealShortcuts(MealFlow flow) implements ResidentShortcuts {
    @Override
    public List<Option> forResident(IdentifiedResident resident, VoiceLanguage language) {
        return List.of(
                Option.of(Ui.MEALS_BOOK.in(language), () -> Transition.push(new DayScreen(flow)), "订餐", "我要订餐", "订饭"),
                Option.of(Ui.MEALS_MINE.in(language), () -> Transition.push(new MyBookingsScreen(flow)), "我订的餐",
                        "取消订餐"));
    }

    /** Asks the server for the resident's bookings made elsewhere (代订 too); the screen is redrawn when they arrive. */
    @Override
    public void identified(IdentifiedResident resident, String card) {
        flow.bookings().refreshResident(resident.id(), card).whenComplete((listed, failure) -> flow.ui().post(() -> { }));
    }

    /** The server's list of the resident's bookings is personal data: held only while they are identified. */
    @Override
    public void ended() {
        flow.bookings().forgetResident();
    }

    /**
     * How the resident's coming meals stand, newest news first: a booking made while the kiosk was offline is
     * confirmed or refused later, and the resident hears it here at their next scan. At most three lines.
     */
    @Override
    public List<String> news(IdentifiedResident resident, VoiceLanguage language) {
        return flow.bookings().ofResident(resident.id()).stream()
                .filter(b -> !b.request().date().isBefore(flow.context().today()))
                .filter(b -> b.state() != MealBooking.State.CANCELLED)
                .limit(3)
                .map(b -> Ui.NEWS_LINE.format(language, flow.describe(b, language), state(b, language)))
                .toList();
    }

    private static String state(MealBooking b, VoiceLanguage language) {
        return RefusalWords.of(b, language).filter(why -> b.state() == MealBooking.State.REFUSED)
                .map(why -> Ui.NEWS_REFUSED.format(language, why)).orElseGet(() -> MealFlow.state(b, language));
    }
}
