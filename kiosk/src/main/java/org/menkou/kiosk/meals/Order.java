package org.menkou.kiosk.meals;

import java.util.Optional;
import org.menkou.content.CanteenMenu;
import org.menkou.content.KioskResident;
import org.menkou.content.Price;
import org.menkou.content.SetMenu;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/**
 * The choices of one booking so far; each screen adds one.
 *
 * @param resident empty for a walk-in
 */
record Order(Optional<KioskResident> resident, CanteenMenu menu, SetMenu set, boolean delivery) {
    String tierCode() {
        return resident.map(KioskResident::tierCode).orElse(null);
    }

    Price price() {
        return set.priceFor(tierCode());
    }

    Order withSet(SetMenu chosen) {
        return new Order(resident, menu, chosen, false);
    }

    Order withDelivery(boolean value) {
        return new Order(resident, menu, set, value);
    }

    /** "明天午餐，A套餐，送餐，3元". */
    String readBack(MealFlow flow, VoiceLanguage language) {
        return Ui.READ_BACK.format(language, flow.dayMeal(menu.date(), menu.meal(), language), set.name(),
                MealFlow.service(delivery, language), MealFlow.price(price(), language));
    }

    /** @param card the resident's scanned card (ignored for a walk-in) */
    BookingRequest request(String stationId, Optional<String> card) {
        return new BookingRequest(KioskMealBookings.newBookingId(), menu.canteenId(), menu.date(), menu.meal(),
                set.code(), resident.map(KioskResident::id).orElse(null), tierCode(), delivery, stationId,
                resident.isPresent() ? card.orElse(null) : null);
    }
}
