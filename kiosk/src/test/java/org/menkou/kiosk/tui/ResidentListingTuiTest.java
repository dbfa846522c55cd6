package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.meal.BookingRequest;
import org.menkou.content.meal.MealBooking;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.meals.ScriptedCanteenServer;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/**
 * The bookings the server lists for a resident at their scan (made by phone, 代订) on the real TUI: 我的订餐 shows
 * them as soon as they arrive, and the kiosk forgets them as soon as the resident's session ends, however it ends.
 */
class ResidentListingTuiTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final String ZHANG = "r-7k2m9q";
    static final String CHEN = "r-h9c2vz";
    static final String PHONED = "b-phoned-in";

    @TempDir
    Path dir;

    MutableClock clock;
    ContentStore store;
    ScriptedCanteenServer server;
    CardIssuer issuer;
    KioskApp app;
    VirtualKiosk k;

    @BeforeEach
    void setUp() throws Exception {
        clock = new MutableClock(DAY.atTime(8, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        store = SeededStore.create(dir, DAY);
        server = new ScriptedCanteenServer(store.file());
        issuer = CardIssuer.forDataDirectory(dir, store, clock, Period.ofYears(5));
        app = new KioskApp(store, clock, "wt-station-1", VoiceLanguage.ZH_CN, server.bookings());
        k = new VirtualKiosk(app.navigator(), 80, 24);
        app.uiThread().attach(task -> k.tui.post(() -> {
            task.run();
            k.tui.refresh();
        }));
        CanteenMenu lunch = store.menus().between(DAY.plusDays(1), DAY.plusDays(1)).stream()
                .filter(m -> m.meal() == Meal.LUNCH).findFirst().orElseThrow();
        server.holdListings(List.of(new MealBooking(new BookingRequest(PHONED, lunch.canteenId(), lunch.date(),
                Meal.LUNCH, "A", ZHANG, "AGE80", false, null, null), MealBooking.State.CONFIRMED, 7, 1000, null)));
    }

    void scan(String resident) throws Exception {
        app.scanned(new ScannedCode(issuer.issue(resident).payload(), ScannedCode.Source.KEYBOARD_SCANNER));
        k.tui.refresh();
        k.update();
    }

    String flat() {
        return MealBookingTuiTest.flat(k);
    }

    /** Releases the held answer and waits until the kiosk holds it. */
    void answer() throws Exception {
        server.releaseListings();
        assertThat(server.bookings().listed(ZHANG)).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void myBookingsAlreadyOpenShowsTheServersListWhenItArrives() throws Exception {
        scan(ZHANG);
        k.keys('2');
        assertThat(flat()).contains("我的订餐", "您现在没有订餐");
        server.releaseListings();
        MealBookingTuiTest.waitFor(k, "明天午餐A套餐已确认7号");
        assertThat(flat()).doesNotContain("您现在没有订餐");
    }

    @Test
    void finishingOnTheHomeScreenForgetsTheListedBookings() throws Exception {
        scan(ZHANG);
        answer();
        assertThat(server.bookings().ofResident(ZHANG)).extracting(MealBooking::id).containsExactly(PHONED);
        k.keys('1', '0', '5');
        assertThat(app.session().current()).isEmpty();
        assertThat(server.bookings().ofResident(ZHANG)).isEmpty();
        assertThat(server.bookings().find(PHONED)).isEmpty();
    }

    @Test
    void backOnTheGreetingForgetsThemEvenWhenTheyArriveAfterwards() throws Exception {
        scan(ZHANG);
        var onItsWay = server.bookings().listed(ZHANG);
        assertThat(onItsWay).isNotDone();
        k.keys(KeyType.Backspace);
        assertThat(app.session().current()).isEmpty();
        server.releaseListings();
        assertThat(onItsWay).succeedsWithin(Duration.ofSeconds(5));
        assertThat(server.bookings().ofResident(ZHANG)).as("the answer came after the resident left").isEmpty();

        scan(ZHANG);
        answer();
        k.keys('0');
        assertThat(server.bookings().ofResident(ZHANG)).isEmpty();
    }

    @Test
    void idleTimeoutForgetsThem() throws Exception {
        scan(ZHANG);
        answer();
        clock.advance(Navigator.IDLE_WARNING.plusSeconds(1));
        k.tui.tick();
        clock.advance(Navigator.IDLE_COUNTDOWN);
        k.tui.tick();
        k.update();
        assertThat(app.session().current()).isEmpty();
        assertThat(server.bookings().ofResident(ZHANG)).isEmpty();
    }

    @Test
    void anotherCardOrCodeKeepsOnlyTheCurrentResidentsList() throws Exception {
        scan(ZHANG);
        answer();
        scan(CHEN);
        assertThat(server.bookings().ofResident(ZHANG)).as("only the current resident's list is held").isEmpty();

        scan(ZHANG);
        answer();
        app.scanned(new ScannedCode("https://example.org/not-a-card", ScannedCode.Source.KEYBOARD_SCANNER));
        k.update();
        assertThat(server.bookings().ofResident(ZHANG)).isEmpty();
    }
}
