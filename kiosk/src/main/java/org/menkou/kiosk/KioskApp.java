package org.menkou.kiosk;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.KioskResident;
import org.menkou.content.Station;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.alarm.KioskAlarms;
import org.menkou.kiosk.meals.BookingResident;
import org.menkou.kiosk.meals.MealFlow;
import org.menkou.kiosk.meals.MealShortcuts;
import org.menkou.kiosk.requests.RequestFlow;
import org.menkou.kiosk.requests.RequestResident;
import org.menkou.kiosk.requests.RequestShortcuts;
import org.menkou.kiosk.screen.AlarmScreen;
import org.menkou.kiosk.screen.ContentScreens;
import org.menkou.kiosk.screen.HomeScreen;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Layout;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.RequestOffer;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.UiLanguage;
import org.menkou.kiosk.screen.UiThread;
import org.menkou.kiosk.screen.VoiceInput;
import org.menkou.kiosk.session.CardScans;
import org.menkou.kiosk.session.CardSession;
import org.menkou.kiosk.session.IdentifiedResident;
import org.menkou.kiosk.session.ResidentSession;
import org.menkou.kiosk.session.ResidentShortcuts;

/**
 * The kiosk assembled from the local store, a clock, the station it stands in and its {@link KioskFeatures}. A call
 * still in progress (e.g. after a restart) is shown at once.
 */
public final class KioskApp {
    private final Navigator navigator;
    private final UiLanguage language;
    private final CardSession session;
    private final CardScans scans;
    private final UiThread uiThread = new UiThread();
    private final VoiceInput voiceInput;

    /** @param stationId the station's id, or null when unknown */
    public KioskApp(ContentStore store, Clock clock, String stationId, KioskFeatures features) {
        this.language = new UiLanguage(features.language());
        this.voiceInput = features.voice();
        this.session = new CardSession(store, clock);
        KioskContext informing = new KioskContext(store, clock, stationId, this.language, voiceInput, RequestOffer.NONE);
        Optional<RequestFlow> requestFlow = features.requests()
                .map(requests -> new RequestFlow(informing, requests, asker(session), uiThread));
        KioskContext context = requestFlow.map(RequestFlow::offering).orElse(informing);
        Optional<MealFlow> meals = features.booking().map(booking -> new MealFlow(context, booking.bookings(),
                booking.booker().orElseGet(() -> cardHolder(session)), uiThread));
        ResidentShortcuts mealShortcuts = features.greeting()
                .orElseGet(() -> meals.<ResidentShortcuts>map(MealShortcuts::new).orElse(ResidentShortcuts.NONE));
        // The navigator is made below; the question is asked later, on the UI thread, after a scan.
        ResidentShortcuts greeting = requestFlow.map(flow -> ResidentShortcuts.both(mealShortcuts,
                new RequestShortcuts(flow, this::askOverGreeting))).orElse(mealShortcuts);
        Supplier<Screen> mealsScreen = meals.<Supplier<Screen>>map(flow -> flow::entry)
                .orElse(() -> ContentScreens.menuDays(context));
        String phone = context.station().map(Station::phone).orElse(null);
        KioskAlarms calls = features.alarms().orElseGet(() -> KioskAlarms.standalone(store, stationId, clock));
        this.navigator = new Navigator(() -> {
                    session.takeFarewell(); // after an idle timeout nobody is there to hear a goodbye
                    return new HomeScreen(context, session, mealsScreen);
                },
                source -> {
                    boolean again = calls.inProgress().isPresent();
                    return new AlarmScreen(calls, calls.press(source), phone, again);
                },
                session::end, clock, Layout.forTerminal(80, 24), this.language);
        this.scans = new CardScans(session, navigator, greeting, context.requests());
        session.whenEnded(greeting::ended);
        calls.inProgress().ifPresent(call -> navigator.showOverHome(new AlarmScreen(calls, call, phone, false)));
    }

    /** Who books: the resident the card {@code session} identified, a walk-in when nobody is. UI thread. */
    private static BookingResident cardHolder(CardSession session) {
        return new BookingResident() {
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
    }

    /** Opens {@code question} over the greeting, if the greeting is still shown. UI thread. */
    private void askOverGreeting(Screen question) {
        navigator.openOver(top -> top instanceof Navigator.LeavesSession, question);
    }

    /** Who asks for a service: the resident the card {@code session} identified, a walk-in when nobody is. UI thread. */
    private static RequestResident asker(CardSession session) {
        return new RequestResident() {
            @Override
            public Optional<IdentifiedResident> resident() {
                return session.current();
            }

            @Override
            public Optional<String> card() {
                return session.card();
            }
        };
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

    /** Whether spoken commands are heard, as {@link KioskFeatures#voice()} says. */
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
