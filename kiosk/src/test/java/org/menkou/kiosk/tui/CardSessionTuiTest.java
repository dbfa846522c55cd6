package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.menkou.kiosk.screen.Navigator;

/**
 * A resident meets the kiosk with their real card (issued and signed as the server does) on the real TUI: the session
 * lasts through going home and booking at their tier's price, and ends when they finish, on idle or at another card.
 */
class CardSessionTuiTest extends CardKioskTest {

    @Test
    void theGreetingBooksAtTheTierPriceAndTheSessionSurvivesGoingHomeUntilTheResidentFinishes() throws Exception {
        String card = scan(ZHANG);
        assertThat(flat()).contains("您好，张*英", "1订餐", "2我的订餐");
        k.keys('1');
        assertThat(flat()).contains("1今天", "2明天");
        k.keys('2', '1');
        assertThat(flat()).contains("A套餐：", "您付10元");
        k.keys('1');
        assertThat(flat()).as("80岁以上 may have meals delivered").contains("1堂吃", "2送餐");
        k.keys('2');
        assertThat(flat()).contains("张*英", "明天午餐，A套餐，送餐，10元，确认吗");
        k.keys(KeyType.Enter);
        MealBookingTuiTest.waitFor(k, "订好了");
        assertThat(server.bookings().ofResident(ZHANG)).hasSize(1);
        assertThat(server.received()).singleElement().satisfies(e -> assertThat(e.payload().path("card").asText())
                .as("sent with the scanned card, which the server verifies").isEqualTo(card));
        assertThat(server.bookings().ofResident(ZHANG).get(0).request().card())
                .as("the kiosk forgets the card once the booking is delivered").isNull();

        k.keys('1');   // 回首页
        assertThat(flat()).as("home names who is identified").contains("张*英，您好", "5结束");
        assertThat(app.session().current()).isPresent();
        k.keys('2');
        assertThat(flat()).contains("张*英，您好").doesNotContain("散客").doesNotContain("付全价");
        k.keys('0', '2', '2');
        assertThat(flat()).contains("我的订餐", "明天午餐A套餐已确认1号");

        k.keys('0', '5');
        assertThat(app.session().current()).isEmpty();
        assertThat(flat()).contains("再见，祝您身体健康", "5刷码").doesNotContain("张*英");
    }

    @Test
    void backOrZeroOnTheGreetingEndsTheSession() throws Exception {
        scan(ZHANG);
        k.keys(KeyType.Backspace);
        assertThat(app.session().current()).isEmpty();
        assertThat(flat()).contains("再见").doesNotContain("张*英");
        scan(ZHANG);
        k.keys('0');
        assertThat(app.session().current()).isEmpty();
        assertThat(flat()).contains("5刷码").doesNotContain("张*英");
    }

    @Test
    void idleOnTheHomeScreenEndsTheSessionWithoutAGoodbye() throws Exception {
        scan(ZHANG);
        k.keys('1', '0');
        assertThat(flat()).contains("张*英");
        clock.advance(Navigator.IDLE_WARNING.plusSeconds(1));
        k.tui.tick();
        clock.advance(Navigator.IDLE_COUNTDOWN);
        k.tui.tick();
        k.update();
        assertThat(app.session().current()).isEmpty();
        assertThat(flat()).contains("5刷码").doesNotContain("张*英").doesNotContain("再见");
    }

    @Test
    void anotherCardSwitchesTheResidentAndTheirPrice() throws Exception {
        scan(ZHANG);
        k.keys('1', '0');
        scan(CHEN);
        assertThat(flat()).contains("您好，陈*").doesNotContain("张*英");
        k.keys('1', '2', '1');
        assertThat(flat()).contains("您付15元");
        k.keys('1');
        assertThat(flat()).as("the standard tier collects at the canteen").contains("堂吃，15元，确认吗");
    }

    @Test
    void theHomeScreenInvitesSpeakingOnlyWhileTheKioskListens() throws Exception {
        assertThat(flat()).as("no voice: nothing invites speaking").contains("请按数字键选择").doesNotContain("说");
        scan(ZHANG);
        k.keys('1', '0');
        assertThat(flat()).contains("张*英，您好").doesNotContain("说");

        listening.set(true);
        k.keys('4', '0');
        assertThat(flat()).contains("张*英，您好！请按数字键选择，或者直接说出您要办的事");
    }

    @Test
    void afterEightTheSessionAndTheWholeBookingAreInEnglish() throws Exception {
        k.keys('8');
        scan(ZHANG);
        assertThat(flat()).contains("Hello,张*英", "1Bookameal", "2Mybookings", "3Policiesforyou")
                .doesNotContain("您好").doesNotContain("订餐");
        k.keys('1');
        assertThat(flat()).contains("Whichday?", "1Today", "2Tomorrow");
        k.keys('2', '1');
        assertThat(flat()).contains("Tomorrowlunch:chooseasetmenu", "Youpay10yuan");
        k.keys('1');
        assertThat(flat()).contains("1atthecanteen", "2delivered");
        k.keys('2');
        assertThat(flat()).contains("Tomorrowlunch,A套餐,delivered,10yuan", "Isthatright?");
        k.keys(KeyType.Enter);
        MealBookingTuiTest.waitFor(k, "Yourbookingnumberis1");
        assertThat(flat()).contains("Booked", "broughttoyourhome").doesNotContain("订好了");
        k.keys('2');
        assertThat(flat()).contains("Mybookings", "TomorrowlunchA套餐confirmed,no.1");
        k.keys('1');
        assertThat(flat()).contains("1Cancelthisbooking");
        k.keys('1', KeyType.Enter);
        MealBookingTuiTest.waitFor(k, "Itiscancelled.");
        k.keys('0');
        assertThat(flat()).contains("Hello,张*英!", "5Finishandsignout");
        k.keys('5');
        assertThat(flat()).contains("Goodbye,andstaywell!");
    }
}
