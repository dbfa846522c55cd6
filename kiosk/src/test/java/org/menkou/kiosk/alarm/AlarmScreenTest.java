package org.menkou.kiosk.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.AlarmScreen;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.screen.Tone;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.testing.SeededStore;

/**
 * The emergency call at the kiosk on the screen model, with a real journal file and a server that never answers
 * (nothing listens on its port, and the sender is not started: the call stays 正在呼叫).
 */
@ExtendWith(LoopbackPort.Resolver.class)
class AlarmScreenTest {
    @TempDir
    Path tmp;

    /** Where the kiosk's server would be: a loopback port held by the test, on which nothing listens. */
    private final LoopbackPort server;

    AlarmScreenTest(LoopbackPort server) {
        this.server = server;
    }

    private KioskAlarms alarms(AlarmJournal journal, AlarmPin pin) {
        AlarmSender silent = new AlarmSender(journal, new SyncClient(server.httpUrl(),
                "t".repeat(24), Duration.ofMillis(200)), Duration.ofSeconds(1), Clock.systemUTC());
        return new KioskAlarms(journal, Optional.of(silent), KioskAlarms.NO_RESIDENT_SESSION, () -> null,
                "wt-station-1", pin, Clock.systemUTC());
    }

    @Test
    void theRedButtonWritesTheAlarmAndHoldsTheScreenUntilStaffClose() {
        ContentStore store = SeededStore.create(tmp, java.time.LocalDate.now());
        AlarmJournal journal = AlarmJournal.open(store.database(), Clock.systemUTC());
        AlarmPin pin = new AlarmPin(tmp);
        pin.set("2468");
        Navigator nav = new KioskApp(store, Clock.systemUTC(), "wt-station-1",
                KioskFeatures.builder().alarms(alarms(journal, pin)).build()).navigator();
        nav.press(KioskKey.DIGIT_1);
        nav.press(KioskKey.EMERGENCY);
        ScreenView view = nav.view();
        assertThat(nav.current()).isInstanceOf(AlarmScreen.class);
        assertThat(view.tone()).isEqualTo(Tone.ALERT);
        assertThat(view.title()).isEqualTo("正在呼叫工作人员");
        KioskAlarm written = journal.unfinished().get(0);
        assertThat(written.stationId()).isEqualTo("wt-station-1");
        assertThat(String.join("\n", view.lines())).contains("120", "110").doesNotContain("联系不上服务中心");
        assertThat(view.keyHelp()).isEqualTo("工作人员按1输入密码结束呼叫，返回键和0不离开这一页");

        nav.press(KioskKey.EMERGENCY);
        assertThat(journal.unfinished()).as("a second press is the same call").hasSize(1);
        nav.press(KioskKey.BACK);
        assertThat(nav.current()).isInstanceOf(AlarmScreen.class);
        assertThat(nav.view().hint()).contains("不能离开这一页");
        nav.press(KioskKey.DIGIT_0);
        assertThat(nav.current()).as("0 does not leave a call").isInstanceOf(AlarmScreen.class);

        nav.press(KioskKey.DIGIT_1);
        assertThat(nav.view().keyHelp()).isEqualTo("输入数字密码后按确认，返回键不结束");
        for (KioskKey k : new KioskKey[] {KioskKey.DIGIT_1, KioskKey.DIGIT_2, KioskKey.DIGIT_3, KioskKey.DIGIT_4}) {
            nav.press(k);
        }
        nav.press(KioskKey.CONFIRM);
        assertThat(nav.view().hint()).contains("密码不对");
        assertThat(journal.find(written.id()).orElseThrow().cancelRequested()).isNull();
        for (KioskKey k : new KioskKey[] {KioskKey.DIGIT_2, KioskKey.DIGIT_4, KioskKey.DIGIT_6, KioskKey.DIGIT_8}) {
            nav.press(k);
        }
        nav.press(KioskKey.CONFIRM);
        assertThat(nav.current()).isInstanceOf(AlarmScreen.class);
        assertThat(nav.view().title()).isEqualTo("呼叫已结束");
        assertThat(journal.find(written.id()).orElseThrow().cancelRequested()).isNotNull();
        nav.press(KioskKey.BACK);
        assertThat(nav.depth()).as("home after the call is over").isEqualTo(1);
    }

    @Test
    void withAServerAndNoPinTheBoardEndsTheCallAndAnUnfinishedCallReturnsAfterRestart() {
        ContentStore store = SeededStore.create(tmp, java.time.LocalDate.now());
        AlarmJournal journal = AlarmJournal.open(store.database(), Clock.systemUTC());
        Navigator first = new KioskApp(store, Clock.systemUTC(), "wt-station-1",
                KioskFeatures.builder().alarms(alarms(journal, new AlarmPin(tmp))).build()).navigator();
        first.press(KioskKey.EMERGENCY);
        assertThat(first.view().choices()).isEmpty();
        assertThat(first.view().keyHelp()).startsWith("工作人员在服务中心结束呼叫");
        Navigator restarted = new KioskApp(store, Clock.systemUTC(), "wt-station-1", KioskFeatures.builder()
                .alarms(alarms(AlarmJournal.open(store.database(), Clock.systemUTC()), new AlarmPin(tmp))).build())
                .navigator();
        assertThat(restarted.current()).isInstanceOf(AlarmScreen.class);
        assertThat(journal.unfinished()).hasSize(1);
        assertThat(KioskAlarms.NO_RESIDENT_SESSION.get()).isEqualTo(Optional.empty());
    }
}
