package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.menkou.content.protocol.BookingRefusal;

/**
 * A resident with their real card whose booking the server refuses, on the real TUI: the reason is worded from the
 * server's code in the resident's language, and the scanned card is never on screen, whether the booking waits for
 * the server (the kiosk holds the card meanwhile) or the server refused it with a message quoting the card.
 */
class RefusalTuiTest extends CardKioskTest {

    /** Books tomorrow's lunch, set A, at the canteen from the greeting and waits for the answer. */
    void bookTomorrowsLunch(String answer) throws Exception {
        k.keys('1', '2', '1', '1', '1', KeyType.Enter);
        MealBookingTuiTest.waitFor(k, answer);
    }

    /** Asserts that no part of the card's signed payload is on screen (its text after the first 8 characters). */
    void assertCardNotShown(String card) {
        String secret = card.substring(8, 28);
        assertThat(k.text()).doesNotContain(secret);
        assertThat(flat()).doesNotContain(secret);
    }

    @Test
    void inEnglishTheServersRefusalIsWordedFromItsCode() throws Exception {
        k.keys('8');
        scan(ZHANG);
        server.refuseWith(BookingRefusal.QUOTA_FULL, "这一顿的名额已经满了。");
        bookTomorrowsLunch("Notbooked");
        assertThat(flat()).contains("Thismealisfullybooked.").doesNotContain("名额");
        k.keys('2', '1');
        assertThat(flat()).contains("Notbooked:Thismealisfullybooked.").doesNotContain("名额");
        k.keys('0');
        assertThat(flat()).contains("Hello,张*英");
    }

    @Test
    void aRefusedEventIsWordedFromItsCodeAndTheCardItQuotesIsNeverShown() throws Exception {
        k.keys('8');
        String card = scan(ZHANG);
        server.rejectWith("card_mismatch", "HTTP 422 event 1: the card " + card + " is not the booking resident's");
        bookTomorrowsLunch("Notbooked");
        assertThat(flat()).contains("Thecardscannedisnotthisresident's").doesNotContain("服务器拒收")
                .doesNotContain("HTTP422");
        assertCardNotShown(card);
        k.keys('2', '1');
        assertThat(flat()).contains("Notbooked:Thecardscannedisnotthisresident's");
        assertCardNotShown(card);
    }

    @Test
    void anEventRefusedWithACodeWithoutWordsHereGetsAGeneralSentenceInEitherLanguage() throws Exception {
        String card = scan(ZHANG);
        server.rejectWith("bad_booking", "HTTP 400 event 1: unreadable card " + card);
        bookTomorrowsLunch("没有订上");
        assertThat(flat()).contains("服务器拒收了这份订餐，请问站点工作人员。").doesNotContain("HTTP");
        assertCardNotShown(card);
        k.keys('0', '0', '8');
        scan(ZHANG);
        assertThat(flat()).contains("notbooked:Theserverdidnotacceptthisbooking");
    }

    @Test
    void aBookingWaitingWithItsCardNeverShowsTheCard() throws Exception {
        server.online(false);
        String card = scan(ZHANG);
        bookTomorrowsLunch("已记下，待确认");
        assertCardNotShown(card);
        k.keys('2');
        assertThat(flat()).contains("明天午餐A套餐待确认");
        k.keys('1');
        assertCardNotShown(card);
        k.keys('0', '0');
        scan(ZHANG);
        assertThat(flat()).contains("待确认");
        assertCardNotShown(card);
        assertThat(server.bookings().all()).singleElement()
                .satisfies(b -> assertThat(b.toString()).doesNotContain(card.substring(8, 28)));
    }
}
