package org.menkou.kiosk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.DataDirectory;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.tui.TerminalKiosk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou kiosk}: runs the kiosk on a data directory made by {@code menkou init}. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Run the kiosk on a data directory made by 'menkou init' (no server needed). Ctrl+C stops it.")
final class KioskCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--window", description = "Full-screen window with a large CJK font instead of this terminal.")
    boolean window;

    @Option(names = "--font-size", defaultValue = "48", description = "Font size in pixels for --window (default: ${DEFAULT-VALUE}).")
    int fontSize;

    @Option(names = "--station", description = "Id of the station this kiosk stands in (notices, phone number).")
    String station;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        ContentStore store = ContentStore.openIn(dir);
        if (store.changes().currentVersion() == 0) {
            System.err.println("menkou kiosk: " + dir + " has no content yet; run './menkou init --data " + dir + "' first.");
            return 1;
        }
        KioskApp app = new KioskApp(store, Clock.systemDefaultZone(), station);
        TerminalKiosk.run(app.navigator(), window, fontSize, tui -> { });
        return 0;
    }
}
