package org.menkou.kiosk;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.menkou.kiosk.alarm.KioskAlarms;
import org.menkou.kiosk.meals.BookingResident;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.requests.KioskRequests;
import org.menkou.kiosk.screen.VoiceInput;
import org.menkou.kiosk.session.ResidentShortcuts;
import org.menkou.voice.VoiceLanguage;

/**
 * What a kiosk offers besides its content, every part explicit and none null. {@link #basic()} is a kiosk in Chinese
 * whose 2 订餐 only shows menus, whose emergency call is journalled in the store's own file (no server) and which
 * runs by keys only; {@link #builder()} starts from it and turns parts on.
 *
 * @param language  the language the kiosk starts in (residents switch on the home screen)
 * @param booking   where 2 订餐 books and for whom, or empty for a kiosk whose 2 订餐 only shows menus
 * @param greeting  the shortcuts the greeting offers an identified resident, or empty for meal booking's (订餐,
 *                  我的订餐) where {@code booking} is set up and {@link ResidentShortcuts#NONE} otherwise
 * @param alarms    the emergency call, or empty for one without a server over the store's own file (it journals the
 *                  alarm and says whom to phone)
 * @param voice     whether spoken commands are heard right now; {@link VoiceInput#keysOnly()} for a kiosk without voice
 * @param requests  where 我要申请 / 请顾问联系我 and 满意吗？ answers go, or empty for a kiosk whose content pages only
 *                  inform
 */
public record KioskFeatures(VoiceLanguage language, Optional<Booking> booking, Optional<ResidentShortcuts> greeting,
                            Optional<KioskAlarms> alarms, VoiceInput voice, Optional<KioskRequests> requests) {
    public KioskFeatures {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(alarms, "alarms");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(requests, "requests");
    }

    /**
     * Meal booking at the kiosk.
     *
     * @param bookings where bookings go
     * @param booker   who books, or empty for the resident identified by card (a walk-in when nobody is)
     */
    public record Booking(KioskMealBookings bookings, Optional<BookingResident> booker) {
        public Booking {
            Objects.requireNonNull(bookings, "bookings");
            Objects.requireNonNull(booker, "booker");
        }
    }

    /** A kiosk in Chinese, menus only under 2 订餐, its emergency call journalled locally, keys only. */
    public static KioskFeatures basic() {
        return builder().build();
    }

    /** Starts from {@link #basic()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets the parts of {@link KioskFeatures} one by one; parts not set stay as in {@link #basic()}. */
    public static final class Builder {
        private VoiceLanguage language = VoiceLanguage.ZH_CN;
        private Optional<Booking> booking = Optional.empty();
        private Optional<ResidentShortcuts> greeting = Optional.empty();
        private Optional<KioskAlarms> alarms = Optional.empty();
        private VoiceInput voice = VoiceInput.keysOnly();
        private Optional<KioskRequests> requests = Optional.empty();

        private Builder() {
        }

        /** The language the kiosk starts in. */
        public Builder language(VoiceLanguage value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** 2 订餐 books through {@code bookings} for the resident who scanned their card (a walk-in when nobody did). */
        public Builder booking(KioskMealBookings bookings) {
            this.booking = Optional.of(new Booking(bookings, Optional.empty()));
            return this;
        }

        /** 2 订餐 books through {@code bookings} for whoever {@code booker} says, not a scanned card (tests, demos). */
        public Builder booking(KioskMealBookings bookings, BookingResident booker) {
            this.booking = Optional.of(new Booking(bookings, Optional.of(booker)));
            return this;
        }

        /** The greeting offers {@code shortcuts} to an identified resident instead of meal booking's. */
        public Builder greeting(ResidentShortcuts shortcuts) {
            this.greeting = Optional.of(shortcuts);
            return this;
        }

        /** The emergency call goes through {@code value} (journal, sender, PIN). */
        public Builder alarms(KioskAlarms value) {
            this.alarms = Optional.of(value);
            return this;
        }

        /** Spoken commands are heard while {@code canListen} says so (fast, any thread). */
        public Builder listening(BooleanSupplier canListen) {
            this.voice = new VoiceInput(canListen);
            return this;
        }

        /** Service items and policy results offer requests through {@code value}; scans ask 满意吗？ when owed. */
        public Builder requests(KioskRequests value) {
            this.requests = Optional.of(value);
            return this;
        }

        public KioskFeatures build() {
            return new KioskFeatures(language, booking, greeting, alarms, voice, requests);
        }
    }
}
