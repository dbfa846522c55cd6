package org.menkou.kiosk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.RemoteCommand;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.KioskKey;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.kiosk.update.KioskUpdater;
import org.menkou.voice.VoiceLanguage;

/**
 * Remote commands on the real screen model and a real SQLite store: the screen as text is taken on the UI thread and
 * keeps names masked as the screen does; the self-test's lines; a restart leaves only after its result was delivered.
 */
class KioskRemoteTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.now(SHANGHAI);

    @TempDir
    Path dir;

    ContentStore store;
    KioskApp app;
    MutableClock clock;
    ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    AtomicReference<String> ranOn = new AtomicReference<>();

    @BeforeEach
    void start() {
        store = SeededStore.create(dir, DAY);
        clock = new MutableClock(DAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        app = new KioskApp(store, clock, "wt-station-1", KioskFeatures.builder().language(VoiceLanguage.ZH_CN).build());
        app.uiThread().attach(task -> uiThread.execute(() -> {
            ranOn.set(Thread.currentThread().getName());
            task.run();
        }));
    }

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
    }

    @Test
    void theScreenIsTakenOnTheUiThreadAsShownWithTheNameMasked() throws Exception {
        String payload = CardIssuer.forDataDirectory(dir, store, clock, Period.ofYears(5)).issue("r-7k2m9q").payload();
        uiThread.submit(() -> {
            app.cardDataChanged();
            app.navigator().press(KioskKey.DIGIT_5);
            app.scanned(new ScannedCode(payload, ScannedCode.Source.KEYBOARD_SCANNER));
        }).get();
        ScreenView view = uiThread.submit(() -> app.navigator().view()).get();
        KioskRemote remote = new KioskRemote(app.navigator(), app.uiThread(), List.of(), () -> { });

        CommandResult screen = remote.run(RemoteCommand.Kind.SCREEN);

        assertThat(screen.ok()).isTrue();
        assertThat(ranOn.get()).isEqualTo("test-ui");
        assertThat(screen.text().lines().toList()).startsWith("您好，张*英", "").containsAll(view.lines());
        assertThat(screen.text()).contains("张*英").doesNotContain("张桂英").doesNotContain(payload)
                .contains(view.choices().get(0).digit() + "  " + view.choices().get(0).label()).contains(view.keyHelp());
        assertThat(ScreenText.text(view)).isEqualTo(screen.text());
    }

    @Test
    void aUiThreadThatDoesNotAnswerIsReportedNotWaitedForever() {
        uiThread.execute(() -> sleep(KioskRemote.UI_WAIT.toMillis() + 1_000));
        CommandResult screen = new KioskRemote(app.navigator(), app.uiThread(), List.of(), () -> { })
                .run(RemoteCommand.Kind.SCREEN);
        assertThat(screen.ok()).isFalse();
        assertThat(screen.text()).contains("没有回应");
    }

    @Test
    void theSelfTestRunsEveryCheckAndFailsWhenOneFails() {
        AtomicInteger buttonTests = new AtomicInteger();
        List<KioskRemote.Check> checks = List.of(
                new KioskRemote.Check("紧急按钮", () -> {
                    buttonTests.incrementAndGet();
                    return DeviceStatus.present("找到按键 F12");
                }),
                new KioskRemote.Check("磁盘", () -> KioskChecks.disk(report(50))),
                new KioskRemote.Check("坏的检查", () -> {
                    throw new IllegalStateException("boom");
                }));
        CommandResult result = new KioskRemote(app.navigator(), app.uiThread(), checks, () -> { })
                .run(RemoteCommand.Kind.SELF_TEST);
        assertThat(buttonTests).hasValue(1);
        assertThat(result.ok()).isFalse();
        assertThat(result.text().lines().toList()).containsExactly("✔ 屏幕：界面线程有回应，当前页面：" + app.navigator().view().title(),
                "✔ 紧急按钮：找到按键 F12", "✘ 磁盘：剩余 50 MB，共 1000 MB，不够了", "✘ 坏的检查：检查出错: IllegalStateException",
                "自检发现问题");
        assertThat(KioskChecks.disk(report(500)).present()).isTrue();
        assertThat(KioskChecks.memory(report(500)).present()).isTrue();
    }

    @Test
    void aRestartLeavesOnlyOnceItsResultWasDelivered() {
        AtomicInteger restarts = new AtomicInteger();
        KioskRemote remote = new KioskRemote(app.navigator(), app.uiThread(), List.of(), restarts::incrementAndGet);
        assertThat(remote.run(RemoteCommand.Kind.RESTART).ok()).isTrue();
        assertThat(restarts).as("not before the server has the result").hasValue(0);
        remote.delivered(RemoteCommand.Kind.SCREEN);
        assertThat(restarts).hasValue(0);
        remote.delivered(RemoteCommand.Kind.RESTART);
        assertThat(restarts).hasValue(1);
        assertThat(KioskUpdater.RESTART_EXIT).isEqualTo(75);
    }

    private static org.menkou.content.protocol.DeviceReport report(long freeMb) {
        return new org.menkou.content.protocol.DeviceReport("ok key:F12", "keyboard", "ready", freeMb, 1000, 100, 1000,
                List.of());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
