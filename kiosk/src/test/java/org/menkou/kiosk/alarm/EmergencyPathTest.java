package org.menkou.kiosk.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.AlarmScreen;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.testing.SeededStore;

/** Every way into the emergency call ends on the one alarm page with the alarm written; none is a dead end. */
class EmergencyPathTest {
    @TempDir
    Path tmp;

    private ContentStore store;
    private AlarmJournal journal;

    private Navigator standaloneKiosk() {
        store = SeededStore.create(tmp, LocalDate.now());
        journal = AlarmJournal.open(store.file(), Clock.systemUTC());
        KioskAlarms alarms = new KioskAlarms(journal, Optional.empty(), KioskAlarms.NO_RESIDENT_SESSION, () -> null,
                "wt-station-1", new AlarmPin(tmp), Clock.systemUTC());
        return new KioskApp(store, Clock.systemUTC(), "wt-station-1", KioskFeatures.builder().alarms(alarms).build())
                .navigator();
    }

    private static void press(Navigator nav, KioskKey... keys) {
        for (KioskKey k : keys) {
            nav.press(k);
        }
    }

    @Test
    void nineOnTheHomeScreenRaisesTheAlarmAndSaysWhomToPhone() {
        Navigator nav = standaloneKiosk();
        nav.press(KioskKey.DIGIT_9);
        assertThat(nav.current()).isInstanceOf(AlarmScreen.class);
        assertThat(journal.unfinished()).hasSize(1);
        assertThat(String.join("\n", nav.view().lines()).replace('\u00A0', ' ')).contains("120", "110", "021-5555 0101");
    }

    @Test
    void theRedButtonOnTheAlarmPageShowsTheSameCallAgain() {
        Navigator nav = standaloneKiosk();
        press(nav, KioskKey.DIGIT_9, KioskKey.DIGIT_1);
        assertThat(nav.current()).as("on the page that ends the call").isNotInstanceOf(AlarmScreen.class);
        nav.press(KioskKey.EMERGENCY);
        assertThat(nav.current()).as("F12 is never ignored").isInstanceOf(AlarmScreen.class);
        assertThat(journal.unfinished()).as("one incident, one call").hasSize(1);
        assertThat(nav.view().hint()).contains("已经在呼叫");
    }

    @Test
    void aStandaloneCallWithoutAPinIsEndedByAConfirmedChoiceAndStaysEndedAfterRestart() {
        Navigator nav = standaloneKiosk();
        nav.press(KioskKey.EMERGENCY);
        assertThat(nav.view().choices()).extracting(c -> c.label()).containsExactly("结束呼叫");
        assertThat(nav.view().keyHelp()).contains("按1结束呼叫");
        nav.press(KioskKey.DIGIT_1);
        assertThat(nav.view().title()).isEqualTo("结束这次呼叫吗？");
        nav.press(KioskKey.BACK);
        assertThat(nav.current()).as("返回 keeps the call").isInstanceOf(AlarmScreen.class);
        press(nav, KioskKey.DIGIT_1, KioskKey.DIGIT_1);
        assertThat(nav.view().title()).isEqualTo("呼叫已结束");
        KioskAlarm ended = journal.newest().orElseThrow();
        assertThat(ended.phase()).isEqualTo(KioskAlarm.Phase.CANCELLED);
        nav.press(KioskKey.CONFIRM);
        assertThat(nav.depth()).isEqualTo(1);

        KioskAlarms again = new KioskAlarms(AlarmJournal.open(store.file(), Clock.systemUTC()), Optional.empty(),
                KioskAlarms.NO_RESIDENT_SESSION, () -> null, "wt-station-1", new AlarmPin(tmp), Clock.systemUTC());
        Navigator restarted = new KioskApp(store, Clock.systemUTC(), "wt-station-1",
                KioskFeatures.builder().alarms(again).build()).navigator();
        assertThat(restarted.current()).as("home after a restart").isNotInstanceOf(AlarmScreen.class);
        assertThat(restarted.depth()).isEqualTo(1);
    }

    @Test
    void afterEightTheAlarmPagesAreInEnglish() {
        Navigator nav = standaloneKiosk();
        press(nav, KioskKey.DIGIT_8, KioskKey.EMERGENCY);
        assertThat(nav.view().title()).isEqualTo("Please phone for help");
        assertThat(String.join(" ", nav.view().lines())).contains("120", "110").doesNotContainPattern("\\p{IsHan}");
        assertThat(nav.view().keyHelp()).doesNotContainPattern("\\p{IsHan}");
        nav.press(KioskKey.DIGIT_1);
        assertThat(nav.view().title()).isEqualTo("End this call?");
        nav.press(KioskKey.DIGIT_1);
        assertThat(nav.view().title()).isEqualTo("Call ended");
    }
}
