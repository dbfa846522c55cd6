package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.KioskResident;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.meals.BookingResident;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.meals.ScriptedCanteenServer;
import org.menkou.kiosk.screen.AlarmPage;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;

/**
 * Booking a meal by keys alone on the real TUI (Lanterna's virtual terminal), with the kiosk's real outbox and a
 * scripted server answer: confirmed with a big number, cancelled, refused past the cutoff and for a full quota, and
 * 待确认 offline until the next sync round confirms or refuses it.
 */
class MealBookingTuiTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    /** 张*英, 80岁以上: pays 10元 for set A, may have meals delivered. */
    static final KioskResident ZHANG = new KioskResident("r-7k2m9q", "张*英", "AGE80", "wt-station-1", 1941);
    static final char ENTER = '\n';

    @TempDir
    Path dir;

    MutableClock clock;
    ScriptedCanteenServer server;
    ContentStore store;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(DAY.atTime(8, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        store = SeededStore.create(dir, DAY);
        server = new ScriptedCanteenServer(store.database());
    }

    VirtualKiosk kiosk(BookingResident session) throws Exception {
        return kiosk(new KioskApp(store, clock, "wt-station-1",
                KioskFeatures.builder().booking(server.bookings(), session).build()));
    }

    /** The TUI of {@code app}, with answers from other threads posted to its GUI thread as the kiosk does. */
    static VirtualKiosk kiosk(KioskApp app) throws Exception {
        VirtualKiosk k = new VirtualKiosk(app.navigator(), 80, 24);
        app.uiThread().attach(task -> k.tui.post(() -> {
            task.run();
            k.tui.refresh();
        }));
        return k;
    }

    /** Lets the GUI thread run until the screen shows {@code text} (5 s at most); fails with the screen otherwise. */
    static void waitFor(VirtualKiosk k, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!flat(k).contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            k.update();
        }
        assertThat(flat(k)).contains(text);
    }

    /** Lets the GUI thread run until no answer is awaited any more (5 s at most). */
    static void settle(VirtualKiosk k) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (flat(k).contains("正在提交") && System.nanoTime() < deadline) {
            Thread.sleep(5);
            k.update();
        }
        assertThat(flat(k)).doesNotContain("正在提交");
    }

    /** The screen's text without frame, spaces and line breaks, so wrapped sentences read whole. */
    static String flat(VirtualKiosk k) {
        return k.text().replaceAll("[┃\\s]", "");
    }

    VirtualKiosk enter(VirtualKiosk k, Object... keys) throws Exception {
        for (Object key : keys) {
            k.keys(key == (Object) ENTER ? KeyType.Enter : key);
            settle(k);
        }
        return k;
    }

    @Test
    void aCardedResidentBooksTomorrowsLunchForDeliveryAndGetsABigNumber() throws Exception {
        VirtualKiosk k = kiosk(BookingResident.identified(ZHANG));
        enter(k, '2');
        assertThat(flat(k)).contains("张*英，您好","1订餐","2我的订餐");
        enter(k, '1');
        assertThat(flat(k)).contains("1今天","2明天","3后天");
        enter(k, '2');
        assertThat(flat(k)).contains("明天吃哪一顿","1午餐","2晚餐","11:00开饭，10:00前订");
        enter(k, '1');
        assertThat(flat(k)).contains("A套餐：","您付10元","1A套餐","2B套餐");
        enter(k, '1');
        assertThat(flat(k)).contains("1堂吃","2送餐");
        enter(k, '2');
        assertThat(flat(k)).contains("明天午餐，A套餐，送餐，10元，确认吗","确认订餐");
        assertThat(server.bookings().all()).as("nothing booked before 确认").isEmpty();
        enter(k, ENTER);
        assertThat(flat(k)).contains("订好了","您的订餐号是1号","█","饭会送到您家");
        assertThat(server.bookings().ofResident(ZHANG.id())).hasSize(1);
    }

    @Test
    void aResidentCancelsABookingUntilTheCutoff() throws Exception {
        VirtualKiosk k = kiosk(BookingResident.identified(ZHANG));
        enter(k, '2', '1', '2', '1', '2', '1', ENTER);
        assertThat(flat(k)).contains("订好了");
        enter(k, '2');
        assertThat(flat(k)).contains("我的订餐","1明天午餐B套餐已确认1号");
        enter(k, '1');
        assertThat(flat(k)).contains("明天午餐，B套餐，堂吃","1取消这份订餐");
        enter(k, '1');
        assertThat(flat(k)).contains("取消明天午餐，B套餐，堂吃，确认吗","1确认取消");
        enter(k, ENTER);
        assertThat(flat(k)).contains("已经取消了","已取消");
        assertThat(flat(k)).doesNotContain("取消这份订餐");
    }

    @Test
    void pastTheCutoffTodayIsNotOfferedAndAWaitingReadBackIsRefused() throws Exception {
        clock.advance(Duration.ofMinutes(119)); // 09:59, a minute before lunch's 10:00 cutoff
        VirtualKiosk k = kiosk(BookingResident.WALK_IN);
        enter(k, '2');
        assertThat(flat(k)).contains("散客","付全价");
        enter(k, '1', '1', '1', '1');
        assertThat(flat(k)).as("walk-insarenotoffereddelivery").contains("今天午餐，A套餐，堂吃，15元，确认吗");
        clock.advance(Duration.ofMinutes(2));
        enter(k, ENTER);
        assertThat(flat(k)).contains("没有订上","已经过了订餐截止时间");
        assertThat(server.bookings().all()).isEmpty();
        enter(k, '0', '2', '1', '1');
        assertThat(flat(k)).as("today'sdinnerisstillopen").contains("今天吃哪一顿","1晚餐").doesNotContain("午餐");
    }

    @Test
    void aFullQuotaIsRefusedWithItsReason() throws Exception {
        server.refuseWith(BookingRefusal.QUOTA_FULL, "这一顿的名额已经满了。");
        VirtualKiosk k = kiosk(BookingResident.identified(ZHANG));
        enter(k, '2', '1', '2', '1', '1', '1', ENTER);
        assertThat(flat(k)).contains("没有订上","名额已经满了");
        enter(k, '2');
        assertThat(flat(k)).contains("明天午餐A套餐没订上");
    }

    @Test
    void offlineItIsSavedAsPendingThenConfirmedThenAnotherIsRefused() throws Exception {
        server.online(false);
        VirtualKiosk k = kiosk(BookingResident.identified(ZHANG));
        enter(k, '2', '1', '2', '1', '1', '1', ENTER);
        assertThat(flat(k)).contains("已记下，待确认","连不上服务中心","下次刷卡时告诉您结果");
        server.online(true);
        server.round();
        enter(k, '2');
        assertThat(flat(k)).contains("明天午餐A套餐已确认1号");

        server.online(false);
        enter(k, '0', '2', '1', '2', '2', '1', '1', ENTER);
        assertThat(flat(k)).contains("已记下，待确认");
        server.refuseWith(BookingRefusal.QUOTA_FULL, "这一顿的名额已经满了。");
        server.online(true);
        server.round();
        enter(k, '2');
        assertThat(flat(k)).contains("明天午餐A套餐已确认1号","明天晚餐A套餐没订上");
        enter(k, KeyType.ArrowDown, ENTER);
        assertThat(flat(k)).contains("没有订上：这一顿的名额已经满了");
    }

    @Test
    void theRedButtonActsAtOnceWhileABookingWaitsForTheServerAndTheAnswerStillArrives() throws Exception {
        Outbox outbox = Outbox.open(store.database(), clock);
        KioskMealBookings silent = new KioskMealBookings(outbox, () -> { }, Duration.ofSeconds(3));
        KioskApp app = new KioskApp(store, clock, "wt-station-1",
                KioskFeatures.builder().booking(silent, BookingResident.identified(ZHANG)).build());
        VirtualKiosk k = kiosk(app);
        enter(k, '2', '1', '2', '1', '1', '1');
        assertThat(flat(k)).contains("确认吗");

        long start = System.nanoTime();
        k.terminal.addInput(new KeyStroke(KeyType.Enter));
        k.terminal.addInput(new KeyStroke(KeyType.F12));
        k.update();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(app.navigator().current()).isInstanceOf(AlarmPage.class);
        // The booking's answer is 3 s away; the page must not wait for it (well under half of it, even on a busy machine).
        assertThat(millis).as("F12 does not queue behind the booking's wait (took %d ms)", millis).isLessThan(1_200);
        assertThat(silent.ofResident(ZHANG.id())).as("the booking was saved before the page opened").hasSize(1);
        enter(k, '1', '1'); // this kiosk has no server: the call is ended on the page (1 结束呼叫, 1 确定结束)
        enter(k, '0', '2', '2');
        assertThat(flat(k)).contains("明天午餐A套餐待确认");
    }

    @Test
    void theResultPageSaysSubmittingThenUpdatesItselfWhenTheAnswerArrives() throws Exception {
        Outbox outbox = Outbox.open(store.database(), clock);
        KioskMealBookings slow = new KioskMealBookings(outbox, () -> { }, Duration.ofMillis(1500));
        KioskApp app = new KioskApp(store, clock, "wt-station-1",
                KioskFeatures.builder().booking(slow, BookingResident.WALK_IN).build());
        VirtualKiosk k = kiosk(app);
        enter(k, '2', '1', '2', '1', '1');
        k.keys(KeyType.Enter);
        assertThat(flat(k)).contains("正在提交");
        waitFor(k, "已记下，待确认");
        assertThat(flat(k)).as("a walk-in has no card to scan later")
                .contains("窗口", "取号付款").doesNotContain("下次刷卡");
    }

    @Test
    void aSetMenuHasOneNameFromTheChoiceToTheResultAndTheList() throws Exception {
        org.menkou.content.CanteenMenu lunch = store.menus().between(DAY.plusDays(1), DAY.plusDays(1)).stream()
                .filter(m -> m.meal() == org.menkou.content.Meal.LUNCH).findFirst().orElseThrow();
        store.menus().save(new org.menkou.content.CanteenMenu(lunch.canteenId(), lunch.date(), lunch.meal(),
                lunch.cutoff(), lunch.serveFrom(), lunch.quota(), lunch.sets().stream()
                .map(s -> s.code().equals("A") ? new org.menkou.content.SetMenu("A", "狮子头套餐", s.dishes(),
                        s.basePrice(), s.pricesByTier()) : s).toList()));
        VirtualKiosk k = kiosk(BookingResident.identified(ZHANG));
        enter(k, '2', '1', '2', '1');
        assertThat(flat(k)).contains("1狮子头套餐");
        enter(k, '1', '1');
        assertThat(flat(k)).contains("明天午餐，狮子头套餐，堂吃，10元，确认吗");
        enter(k, ENTER);
        assertThat(flat(k)).contains("订好了", "明天午餐，狮子头套餐，堂吃").doesNotContain("A套餐");
        enter(k, '2');
        assertThat(flat(k)).contains("1明天午餐狮子头套餐已确认1号");
    }
}
