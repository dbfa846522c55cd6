package org.menkou.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.menkou.content.ContentException;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.kiosk.update.KioskUpdater;
import org.menkou.kiosk.update.ReleaseKeyPin;
import org.menkou.kiosk.update.SwitchGate;

/** How {@code menkou kiosk} wires software updates ({@link KioskUpdater}) to its sync, release key and screens. */
final class KioskUpdates {
    private KioskUpdates() {
    }

    /**
     * Pins the release key given by {@code --release-key} or {@code $MENKOU_RELEASE_KEY}, then starts the updater on
     * {@code sync}'s servers when the kiosk runs under the start script; heartbeats carry its report.
     */
    static Optional<KioskUpdater> start(Path dir, KioskSync sync, Path releaseKey, String builtIn, Duration every) {
        new ReleaseKeyPin(dir).pinGiven(given(releaseKey));
        Optional<KioskUpdater> updater = KioskUpdater.start(dir, sync.clientWithTimeout(Duration.ofSeconds(30)),
                sync.outbox(), builtIn, every);
        updater.ifPresent(u -> {
            sync.reportUpdates(u::report);
            sync.addListener(status -> {
                if (status.online()) {
                    u.syncSucceeded();
                }
            });
        });
        return updater;
    }

    private static Optional<String> given(Path releaseKey) {
        if (releaseKey == null) {
            return Optional.ofNullable(System.getenv(ReleaseKeyPin.ENV));
        }
        try {
            return Optional.of(Files.readString(releaseKey));
        } catch (IOException e) {
            throw new ContentException("cannot read the release key " + releaseKey + ": " + e.getMessage(), e);
        }
    }

    /**
     * The kiosk is idle for a switch when it shows the home screen with no idle warning, nobody is identified and no
     * emergency call is in progress. Asked on the UI thread.
     */
    static SwitchGate gate(KioskTui tui, KioskApp app, AlarmLauncher alarm) {
        Navigator nav = app.navigator();
        return new SwitchGate(tui::post, () -> nav.depth() == 1 && !nav.isWarningIdle()
                && app.session().current().isEmpty() && alarm.alarms().inProgress().isEmpty(), () -> tui.window().close());
    }
}
