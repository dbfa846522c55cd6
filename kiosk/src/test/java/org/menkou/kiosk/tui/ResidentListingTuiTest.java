package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menkou.content.CanteenMenu;
import org.menkou.content.Meal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.MealBooking;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.screen.Navigator;

/**
 * The bookings the server lists for a resident at their scan (made by phone, 代订) on the real TUI: 我的订餐 shows
 * them as soon as they arrive, and the kiosk forgets them as soon as the resident's session ends, however it ends.
 */
class ResidentListingTuiTest extends CardKioskTest {
    static final String PHONED = "b-phoned-in";

    @BeforeEach
    void setUp() throws Exception {
        CanteenMenu lunch = store.menus().between(DAY.plusDays(1), DAY.plusDays(1)).stream()
                .filter(m -> m.meal() == Meal.LUNCH).findFirst().orElseThrow();
        server.holdListings(List.of(new MealBooking(new BookingRequest(PHONED, lunch.canteenId(), lunch.date(),
                Meal.LUNCH, "A", ZHANG, "AGE80", false, null, null), MealBooking.State.CONFIRMED, 7, 1000, null)));
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
