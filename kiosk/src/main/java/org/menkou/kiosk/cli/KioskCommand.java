package org.menkou.kiosk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.DataDirectory;
import org.menkou.content.sync.KioskSync;
import org.menkou.content.sync.SyncSettings;
import org.menkou.content.sync.SyncStatus;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.sync.KioskSyncLauncher;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.kiosk.tui.TerminalKiosk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou kiosk}: runs the kiosk on its data directory, synced with the admin server when it has one. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Run the kiosk on a data directory: one made by 'menkou init' (no server needed), or a kiosk's own",
                "replica synced with the admin server (--server and --token the first time; they are remembered).",
                "Ctrl+C stops it."})
final class KioskCommand implements Callable<Integer> {
    static final String APP_VERSION = "0.1.0";
    static final Duration FIRST_SYNC_WAIT = Duration.ofSeconds(60);

    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--window", description = "Full-screen window with a large CJK font instead of this terminal.")
    boolean window;

    @Option(names = "--font-size", defaultValue = "48", description = "Font size in pixels for --window (default: ${DEFAULT-VALUE}).")
    int fontSize;

    @Option(names = "--station", description = "Id of the station this kiosk stands in (default: the one the server registered it for).")
    String station;

    @Option(names = "--server", description = "Admin server URL, e.g. http://127.0.0.1:7080 (first start; remembered).")
    URI server;

    @Option(names = "--token", description = "This kiosk's token from 'menkou kiosks add' (first start; remembered).")
    String token;

    @Option(names = "--sync-seconds", defaultValue = "30", description = "Heartbeat and content pull interval (default: ${DEFAULT-VALUE}).")
    int syncSeconds;

    @Option(names = "--button", defaultValue = "key:F12", description = {"The red emergency button: key:F12,"
            + " gpio:CHIP:LINE[:active-high], serial:PORT[:BAUD] or simulated:FILE (default: ${DEFAULT-VALUE})."})
    String button;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        ContentStore store = ContentStore.openIn(dir);
        Optional<KioskSync> sync = KioskSyncLauncher.start(dir, store, server, token, APP_VERSION,
                () -> new SyncSettings.VoiceReport(false, "voice not built yet"), Duration.ofSeconds(syncSeconds));
        try {
            if (store.changes().currentVersion() == 0) {
                if (sync.isEmpty()) {
                    System.err.println("menkou kiosk: " + dir + " has no content yet; run './menkou init --data " + dir
                            + "' first, or give --server and --token.");
                    return 1;
                }
                if (!awaitFirstContent(sync.get())) {
                    System.err.println("menkou kiosk: no content from " + (server != null ? server : "the server")
                            + " within " + FIRST_SYNC_WAIT.toSeconds() + " s: " + sync.get().status().problem());
                    return 1;
                }
            }
            String stationId = station != null ? station : store.meta(KioskSync.STATION_META).orElse(null);
            try (AlarmLauncher alarm = AlarmLauncher.start(dir, store, stationId, button, sync)) {
                KioskApp app = new KioskApp(store, Clock.systemDefaultZone(), stationId, alarm.alarms());
                TerminalKiosk.run(app.navigator(), window, fontSize, tui -> {
                    sync.ifPresent(s -> showSyncStatus(s, tui));
                    alarm.watchButton(() -> tui.post(() -> tui.pressKey(KioskKey.EMERGENCY))).ifPresent(tui::showStatus);
                    alarm.onAlarmUpdate(() -> tui.post(tui::refresh));
                });
            }
            return 0;
        } finally {
            sync.ifPresent(KioskSync::close);
        }
    }

    /** Shows "离线" at the top right while the server cannot be reached; staff see it, residents are not alarmed. */
    private static void showSyncStatus(KioskSync sync, KioskTui tui) {
        tui.showStatus(statusText(sync.status()));
        sync.addListener(status -> tui.post(() -> tui.showStatus(statusText(status))));
    }

    static String statusText(SyncStatus status) {
        return status.online() ? "" : "离线";
    }

    private static boolean awaitFirstContent(KioskSync sync) throws InterruptedException {
        System.out.println("menkou kiosk: fetching content from the server ...");
        CountDownLatch arrived = new CountDownLatch(1);
        sync.addListener(status -> {
            if (status.contentVersion() > 0) {
                arrived.countDown();
            }
        });
        return sync.status().contentVersion() > 0 || arrived.await(FIRST_SYNC_WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
