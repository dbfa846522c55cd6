package org.menkou.kiosk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.remote.DeviceReporter;
import org.menkou.kiosk.remote.KioskChecks;
import org.menkou.kiosk.remote.KioskRemote;
import org.menkou.kiosk.remote.RecentErrors;
import org.menkou.kiosk.remote.ScannerState;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.kiosk.voice.KioskVoices;

/**
 * Wires a kiosk process for the fleet page: the device report in its heartbeats and, once the UI is up, the remote
 * commands ({@link KioskRemote}). A remote restart closes the UI, and {@link #restartRequested} then says so.
 */
final class RemoteSetup {
    private final DeviceReporter device;
    private final ScannerState scans = new ScannerState(Clock.systemUTC());
    private final AtomicBoolean restart = new AtomicBoolean();

    /** Starts reporting the devices in {@code sync}'s heartbeats. */
    RemoteSetup(Path dataDir, AlarmLauncher alarm, Optional<KioskVoices> voice, RecentErrors errors,
                Optional<KioskSync> sync) {
        this.device = new DeviceReporter(dataDir, alarm::buttonState, scans::describe,
                () -> KioskVoices.report(voice).status(), errors);
        sync.ifPresent(s -> s.reportDevice(device));
    }

    /** {@code onScan}, noting each scan for the scanner's state. */
    Consumer<ScannedCode> scanning(Consumer<ScannedCode> onScan) {
        return code -> {
            scans.scanned();
            onScan.accept(code);
        };
    }

    /** Takes remote commands from now on; called on the UI thread once the UI is up. */
    void attach(KioskTui tui, KioskApp app, ContentStore store, AlarmLauncher alarm, Optional<KioskSync> sync) {
        sync.ifPresent(s -> s.runCommands(new KioskRemote(app.navigator(), app.uiThread(),
                KioskChecks.standard(alarm::testButton, device, store, s), () -> {
                    restart.set(true);
                    tui.post(() -> tui.window().close());
                })));
    }

    /** Whether a remote command asked the kiosk to restart (the caller exits with the restart status). */
    boolean restartRequested() {
        return restart.get();
    }
}
