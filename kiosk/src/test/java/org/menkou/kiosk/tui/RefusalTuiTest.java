package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.meal.BookingRefusal;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.meals.ScriptedCanteenServer;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/**
 * A resident with their real card whose booking the server refuses, on the real TUI: the reason is worded from the
 * server's code in the resident's language, and the scanned card is never on screen, whether the booking waits for
 * the server (the kiosk holds the card meanwhile) or the server refused it with a message quoting the card.
 */
class RefusalTuiTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final String ZHANG = "r-7k2m9q";

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
    }

    String scan(String resident) throws Exception {
        String payload = issuer.issue(resident).payload();
        app.scanned(new ScannedCode(payload, ScannedCode.Source.KEYBOARD_SCANNER));
        k.tui.refresh();
        k.update();
        return payload;
    }

    String flat() {
        return MealBookingTuiTest.flat(k);
    }

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
