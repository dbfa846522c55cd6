package org.menkou.kiosk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.KioskResident;
import org.menkou.content.Station;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.meals.BookingResident;
import org.menkou.kiosk.meals.MealFlow;
import org.menkou.kiosk.meals.MealShortcuts;
import org.menkou.kiosk.screen.ContentScreens;
import org.menkou.kiosk.alarm.KioskAlarms;
import org.menkou.kiosk.screen.AlarmScreen;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.UiLanguage;
import org.menkou.kiosk.screen.UiThread;
import org.menkou.kiosk.screen.VoiceInput;
import org.menkou.voice.VoiceLanguage;
import org.menkou.kiosk.session.CardScans;
import org.menkou.kiosk.session.CardSession;
import org.menkou.kiosk.session.ResidentSession;
import org.menkou.kiosk.session.ResidentShortcuts;

/** The kiosk assembled from its parts: the local store, a clock and the station it stands in. */
public final class KioskApp {
    private final Navigator navigator;
    private final UiLanguage language;
    private final CardSession session;
    private final CardScans scans;
    private final UiThread uiThread = new UiThread();
    private final VoiceInput voiceInput = new VoiceInput();

    /** A kiosk in Chinese whose 2 订餐 only shows menus; its emergency call is journalled in the store's file (no server). */
    public KioskApp(ContentStore store, Clock clock, String stationId) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN, null, null, null, null);
    }

    /** A kiosk starting in {@code language} (residents switch on the home screen) whose 2 订餐 only shows menus. */
    public KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language) {
        this(store, clock, stationId, language, null, null, null, null);
    }

    /** A kiosk whose greeting offers {@code shortcuts} to an identified resident (and menus only under 2 订餐). */
    public KioskApp(ContentStore store, Clock clock, String stationId, ResidentShortcuts shortcuts) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN, null, null, shortcuts, null);
    }

    /** A kiosk where 2 订餐 books through {@code bookings} for the resident who scanned their card. */
    public KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language, KioskMealBookings bookings) {
        this(store, clock, stationId, language, bookings, null, null, null);
    }

    /** A booking kiosk in Chinese where {@code booker} says who books instead of a scanned card (tests, demos). */
    public KioskApp(ContentStore store, Clock clock, String stationId, KioskMealBookings bookings, BookingResident booker) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN, bookings, booker, null, null);
    }

    /** A kiosk in Chinese with the emergency call ({@code alarms}) and menus only under 2 订餐. */
    public KioskApp(ContentStore store, Clock clock, String stationId, KioskAlarms alarms) {
        this(store, clock, stationId, VoiceLanguage.ZH_CN, null, null, null, alarms);
    }

    /** The kiosk as it runs: booking, the card session and the emergency call. */
    public KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language, KioskMealBookings bookings,
                    KioskAlarms alarms) {
        this(store, clock, stationId, language, bookings, null, null, alarms);
    }

    /**
     * @param stationId the station's id, or null when unknown
     * @param bookings  where bookings go, or null for a kiosk whose 2 订餐 only shows menus
     * @param booker    who books, or null for the resident identified by card (walk-in when nobody is)
     * @param shortcuts the greeting's shortcuts, or null for 我的订餐 where booking is set up (none otherwise)
     * @param alarms    the emergency call, or null for one without a server over the store's own file (it journals the
     *                  alarm and says whom to phone). A call still in progress (e.g. after a restart) is shown at once.
     */
    private KioskApp(ContentStore store, Clock clock, String stationId, VoiceLanguage language, KioskMealBookings bookings,
                     BookingResident booker, ResidentShortcuts shortcuts, KioskAlarms alarms) {
        this.language = new UiLanguage(language);
        KioskContext context = new KioskContext(store, clock, stationId, this.language, voiceInput);
        this.session = new CardSession(store, clock);
        BookingResident who = booker != null ? booker : new BookingResident() {
            @Override
            public Optional<KioskResident> resident() {
                return session.current()
                        .map(r -> new KioskResident(r.id(), r.maskedName(), r.tierCode(), r.homeStationId(), null));
            }

            @Override
            public Optional<String> card() {
                return session.card();
            }
        };
        MealFlow meals = bookings == null ? null : new MealFlow(context, bookings, who, uiThread);
        ResidentShortcuts greeting = shortcuts != null ? shortcuts
                : meals != null ? new MealShortcuts(meals) : (resident, lang) -> List.of();
        Supplier<Screen> mealsScreen = meals != null ? meals::entry : () -> ContentScreens.menuDays(context);
        String phone = context.station().map(Station::phone).orElse(null);
        KioskAlarms calls = alarms != null ? alarms : KioskAlarms.standalone(store, stationId, clock);
        this.navigator = new Navigator(() -> {
                    session.takeFarewell(); // after an idle timeout nobody is there to hear a goodbye
                    return new HomeScreen(context, session, mealsScreen);
                },
                source -> {
                    boolean again = calls.inProgress().isPresent();
                    return new AlarmScreen(calls, calls.press(source), phone, again);
                },
                session::end, clock, Layout.forTerminal(80, 24), this.language);
        this.scans = new CardScans(session, navigator, greeting);
        session.whenEnded(greeting::ended);
        calls.inProgress().ifPresent(call -> navigator.showOverHome(new AlarmScreen(calls, call, phone, false)));
    }

    /** The language in use; listeners hear when a resident switches it. */
    public UiLanguage language() {
        return language;
    }

    public Navigator navigator() {
        return navigator;
    }

    /**
     * Where work from other threads (a booking's answer) is handed to the UI thread; the terminal UI attaches its
     * poster at start.
     */
    public UiThread uiThread() {
        return uiThread;
    }

    /** Whether spoken commands are heard; the voice tells it at start (off until then). */
    public VoiceInput voiceInput() {
        return voiceInput;
    }

    /** Who is identified at the kiosk, if anyone (for meal booking, the emergency call …). UI thread. */
    public ResidentSession session() {
        return session;
    }

    /** A code a scanner read: identifies the resident or says why not. UI thread. */
    public void scanned(ScannedCode code) {
        scans.scanned(code);
    }

    /** Reloads the card keys and revocation list from the store; call after each sync round. Any thread. */
    public void cardDataChanged() {
        session.reloadKeys();
    }
}
