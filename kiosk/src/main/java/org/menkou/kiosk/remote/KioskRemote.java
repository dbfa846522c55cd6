package org.menkou.kiosk.remote;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.RemoteCommand;
import org.menkou.hardware.DeviceStatus;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.UiThread;
import org.menkou.kiosk.sync.CommandRunner;
import org.menkou.kiosk.update.KioskUpdater;

/**
 * Does the kiosk's remote commands ({@link CommandRunner}) on the sync thread: the screen as text, read on the UI
 * thread; the self-test's {@link Check}s, none of which needs a person at the kiosk; a restart, which after its result
 * was delivered runs {@code restart} (the caller ends the process with {@link KioskUpdater#RESTART_EXIT}).
 */
public final class KioskRemote implements CommandRunner {
    /** How long the UI thread has to show its screen model before the answer says it does not respond. */
    public static final Duration UI_WAIT = Duration.ofSeconds(5);

    /**
     * One self-test check.
     *
     * @param name Chinese, for the result's line
     * @param test asked on the sync thread; returns fast (seconds at most)
     */
    public record Check(String name, Supplier<DeviceStatus> test) {
    }

    private final Navigator navigator;
    private final UiThread ui;
    private final List<Check> checks;
    private final Runnable restart;

    /**
     * @param checks  the self-test, run in order after the screen check
     * @param restart ends the kiosk process with {@link KioskUpdater#RESTART_EXIT}; called once, on the sync thread
     */
    public KioskRemote(Navigator navigator, UiThread ui, List<Check> checks, Runnable restart) {
        this.navigator = navigator;
        this.ui = ui;
        this.checks = List.copyOf(checks);
        this.restart = restart;
    }

    @Override
    public CommandResult run(RemoteCommand.Kind kind) {
        return switch (kind) {
            case SCREEN -> screen();
            case SELF_TEST -> selfTest();
            case RESTART -> CommandResult.of(true, "终端程序马上重启 (exit " + KioskUpdater.RESTART_EXIT + ")");
            case RESYNC -> CommandResult.of(false, "re-sync is done by the sync itself");
        };
    }

    @Override
    public void delivered(RemoteCommand.Kind kind) {
        if (kind == RemoteCommand.Kind.RESTART) {
            restart.run();
        }
    }

    /** The current screen as text, taken on the UI thread. */
    CommandResult screen() {
        CompletableFuture<String> text = new CompletableFuture<>();
        ui.post(() -> {
            try {
                text.complete(ScreenText.text(navigator.view()));
            } catch (RuntimeException e) {
                text.completeExceptionally(e);
            }
        });
        try {
            return CommandResult.of(true, text.get(UI_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return CommandResult.of(false, "界面线程 " + UI_WAIT.toSeconds() + " 秒内没有回应 (UI thread not responding)");
        } catch (ExecutionException e) {
            return CommandResult.of(false, "取屏幕失败: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandResult.of(false, "interrupted");
        }
    }

    /** The screen check, then every {@link Check}: one line each, ok when all passed. */
    CommandResult selfTest() {
        StringBuilder out = new StringBuilder();
        CommandResult screen = screen();
        boolean ok = line(out, "屏幕", screen.ok() ? DeviceStatus.present("界面线程有回应，当前页面："
                + screen.text().lines().findFirst().orElse("")) : DeviceStatus.absent(screen.text()));
        for (Check c : checks) {
            DeviceStatus status;
            try {
                status = c.test().get();
            } catch (RuntimeException e) {
                status = DeviceStatus.absent("检查出错: " + e.getClass().getSimpleName());
            }
            ok &= line(out, c.name(), status);
        }
        out.append(ok ? "自检通过" : "自检发现问题");
        return CommandResult.of(ok, out.toString());
    }

    private static boolean line(StringBuilder out, String name, DeviceStatus status) {
        out.append(status.present() ? "✔ " : "✘ ").append(name).append("：").append(status.message()).append('\n');
        return status.present();
    }
}
